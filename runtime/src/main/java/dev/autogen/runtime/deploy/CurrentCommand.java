package dev.autogen.runtime.deploy;

import dev.autogen.runtime.CurrentRevisions;
import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.graph.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code current}: the applied head or heads. */
@Command(name = "current", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", footer = {"  ${PARENT-COMMAND-NAME} current"},
        description = "Show the revisions the database is at (one per head).")
public final class CurrentCommand extends DeployCommand {
    @Mixin
    FleetOptions fleet;

    /** The command over the host's environment. */
    public CurrentCommand(CommandExtension extension) {
        super(extension);
    }

    @Override
    public Integer call() {
        if (fleet.active()) {
            return new FleetRun(spec.commandLine(), fleet).run(environment(), "read", FleetActions.current());
        }
        try (DeployEnvironment.Session session = environment().open()) {
            CurrentRevisions current = session.migrator().currentRevisions();
            RevisionGraph graph = session.migrator().graph();
            if (current.heads().isEmpty()) {
                out().println("base (no revision applied)");
            }
            for (String id : current.heads()) {
                out().println(line(graph, id) + (graph.heads().contains(id) ? " (head)" : ""));
            }
            for (String id : current.incomplete()) {
                out().println(line(graph, id) + " (incomplete)");
            }
        }
        return 0;
    }

    private static String line(RevisionGraph graph, String id) {
        return id + " " + VisibleText.oneLine(graph.get(id).message());
    }
}
