package dev.autogen.cli;

import picocli.CommandLine.Command;

import java.util.List;

/** {@code autogen current}: the applied head or heads. */
@Command(name = "current", description = "Show the revision(s) the database is at.")
final class CurrentCommand extends ProjectCommand {
    @Override
    public Integer call() {
        Project project = project();
        try (Database database = project.openDatabase()) {
            List<String> current = project.migrator(database).current();
            var graph = project.graph();
            if (current.isEmpty()) {
                out().println("base (no revision applied)");
            }
            for (String id : current) {
                boolean head = graph.heads().contains(id);
                out().println(id + " " + graph.get(id).message() + (head ? " (head)" : ""));
            }
        }
        return 0;
    }
}
