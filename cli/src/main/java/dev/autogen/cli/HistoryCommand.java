package dev.autogen.cli;

import dev.autogen.runtime.RevisionStatus;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code autogen history}: every revision, newest first, with its state. */
@Command(name = "history", description = "List every revision, newest first, with its parents, message and state.")
final class HistoryCommand extends ProjectCommand {
    @Override
    public Integer call() {
        Project project = project();
        try (Database database = project.openDatabase()) {
            List<RevisionStatus> statuses = project.migrator(database).history();
            if (statuses.isEmpty()) {
                out().println("No revisions yet. Run 'autogen revision -m \"...\"' to create the first.");
            }
            for (RevisionStatus status : statuses) {
                String parents = status.parents().isEmpty() ? "<base>" : String.join(", ", status.parents());
                out().println(parents + " -> " + status.id() + (status.head() ? " (head)" : "")
                        + (status.isApplied() ? " [applied]" : " [pending]") + ", " + status.message());
                if (options.verbose) {
                    out().println("    file: " + status.origin());
                    if (status.isApplied()) {
                        out().println("    applied at " + status.applied().appliedAt() + " by " + status.applied().appliedBy()
                                + " in " + status.applied().executionMs() + " ms, checksum " + status.applied().checksum());
                    }
                }
            }
        }
        return 0;
    }
}
