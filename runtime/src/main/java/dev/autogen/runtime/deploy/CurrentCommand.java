package dev.autogen.runtime.deploy;

import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.graph.RevisionGraph;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code current}: the applied head or heads. */
@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the revision(s) the database is at.")
public final class CurrentCommand extends DeployCommand {
    /** The command over the host's environment. */
    public CurrentCommand(CommandExtension extension) {
        super(extension);
    }

    @Override
    public Integer call() {
        try (DeployEnvironment.Session session = environment().open()) {
            List<String> current = session.migrator().current();
            RevisionGraph graph = session.migrator().graph();
            if (current.isEmpty()) {
                out().println("base (no revision applied)");
            }
            for (String id : current) {
                out().println(id + " " + VisibleText.oneLine(graph.get(id).message()) + (graph.heads().contains(id) ? " (head)" : ""));
            }
        }
        return 0;
    }
}
