package dev.autogen.runtime.deploy;

import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.graph.RevisionGraph;
import picocli.CommandLine.Command;

/** {@code heads}: the heads of the revision graph; needs no database. */
@Command(name = "heads", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", footer = {"  ${PARENT-COMMAND-NAME} heads"},
        description = "List the heads of the revision graph.")
public final class HeadsCommand extends DeployCommand {
    /** The command over the host's environment. */
    public HeadsCommand(CommandExtension extension) {
        super(extension);
    }

    @Override
    public Integer call() {
        RevisionGraph graph = environment().offlineMigrator().graph();
        for (String head : graph.heads()) {
            out().println(head + " " + VisibleText.oneLine(graph.get(head).message()));
        }
        return 0;
    }
}
