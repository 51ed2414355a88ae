package dev.autogen.runtime.history;

import java.util.Objects;

/**
 * How far a stepped migration got: one whose lock-safe steps each commit on their own. The history row
 * of a stepped migration under way records it, so that the next run resumes after the last step that
 * committed, provided the migration still renders the same statements.
 *
 * @param completedStatements how many of its statements, in order, have committed
 * @param statementsChecksum  the {@linkplain dev.autogen.runtime.Checksums checksum} of the statements
 *                            of the direction under way, to tell whether the migration changed since
 * @param completedChecksum   the checksum of the first {@code completedStatements} of them, to tell whether
 *                            those that ran are unchanged when the rest changed; {@code null} when the
 *                            table has no column for it or the row was written before it
 */
public record StepProgress(int completedStatements, String statementsChecksum, String completedChecksum) {
    /** Validates the record. */
    public StepProgress {
        if (completedStatements < 0) {
            throw new IllegalArgumentException("completedStatements must not be negative: " + completedStatements);
        }
        Objects.requireNonNull(statementsChecksum, "statementsChecksum");
    }

    /** Progress without the checksum of the statements completed. */
    public StepProgress(int completedStatements, String statementsChecksum) {
        this(completedStatements, statementsChecksum, null);
    }
}
