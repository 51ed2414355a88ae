package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Plural;
import dev.autogen.runtime.RevisionStatus;
import dev.autogen.runtime.VisibleText;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.List;

/** {@code history}: every revision, newest first, with its state. */
@Command(name = "history", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", footer = {"  ${PARENT-COMMAND-NAME} history"},
        description = "List every revision, newest first, with its parents, message and state.")
public final class HistoryCommand extends DeployCommand {
    /** The command over the host's environment. */
    public HistoryCommand(CommandExtension extension) {
        super(extension);
    }

    @Override
    public Integer call() {
        try (DeployEnvironment.Session session = environment().open()) {
            List<RevisionStatus> statuses = session.migrator().history();
            if (statuses.isEmpty()) {
                out().println("No revisions yet. Run 'autogen revision -m \"...\"' to create the first.");
            }
            List<String> undeclared = new ArrayList<>();
            for (RevisionStatus status : statuses) {
                String parents = status.parents().isEmpty() ? "<base>" : String.join(", ", status.parents());
                String state = !status.isApplied() ? "[pending]" : status.applied().success() ? "[applied]" : "[incomplete]";
                if (!status.isDeclared()) {
                    undeclared.add(status.id());
                    state = state + " [no migration declares it]";
                }
                out().println(parents + " -> " + status.id() + (status.head() ? " (head)" : "") + " " + state
                        + ", " + VisibleText.oneLine(status.message()));
                if (verbose()) {
                    out().println("    file: " + status.origin());
                    if (status.isApplied()) {
                        out().println("    applied at " + status.applied().appliedAt() + " by " + status.applied().appliedBy()
                                + " in " + status.applied().executionMs() + " ms, checksum " + status.applied().checksum());
                    }
                }
            }
            if (!undeclared.isEmpty()) {
                err().println(style().warning("warning:") + " " + Plural.of(undeclared.size(), "revision") + " recorded as applied "
                        + (undeclared.size() == 1 ? "is" : "are") + " declared by none"
                        + " of the migrations given: " + String.join(", ", undeclared) + ". Check --classpath and"
                        + " --migrations-package; if the history table belongs to another project, give this one its"
                        + " own --history-table.");
            }
        }
        return 0;
    }
}
