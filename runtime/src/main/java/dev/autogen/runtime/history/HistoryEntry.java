package dev.autogen.runtime.history;

import java.time.Instant;
import java.util.List;

/**
 * One row of the history table: a revision that was applied.
 *
 * @param revision    the revision id
 * @param parents     its parent ids
 * @param description its message
 * @param checksum    the checksum of its upgrade operations when it ran
 * @param appliedBy   the database user that applied it
 * @param appliedAt   when it was applied
 * @param executionMs how long it took
 * @param success     whether it completed
 * @param verifiedSource the source digest of the migration bound to {@code checksum}
 *                    ({@link dev.autogen.runtime.load.SourceDigests#recorded}), or {@code null}
 * @param progress    how far a stepped migration under way got, or {@code null} for any other row
 */
public record HistoryEntry(String revision, List<String> parents, String description, String checksum,
                           String appliedBy, Instant appliedAt, long executionMs, boolean success,
                           String verifiedSource, StepProgress progress) {
    /** Copies the parent list. */
    public HistoryEntry {
        parents = List.copyOf(parents);
    }

    /** A row without step progress. */
    public HistoryEntry(String revision, List<String> parents, String description, String checksum,
                        String appliedBy, Instant appliedAt, long executionMs, boolean success,
                        String verifiedSource) {
        this(revision, parents, description, checksum, appliedBy, appliedAt, executionMs, success, verifiedSource,
                null);
    }

    /** Whether this is the row of a stepped migration under way, which the next run in its direction resumes. */
    public boolean resumable() {
        return !success && progress != null;
    }
}
