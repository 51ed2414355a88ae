package dev.autogen.runtime;

import java.util.List;

/**
 * What an upgrade or downgrade did.
 *
 * @param direction  whether revisions were applied or undone
 * @param revisions  the revisions applied or undone, in the order they ran
 * @param totalMs    the wall time of the run once the lock was taken: verifying, planning and applying
 */
public record MigrationResult(Direction direction, List<Step> revisions, long totalMs) {
    /** Copies the list. */
    public MigrationResult {
        revisions = List.copyOf(revisions);
    }

    /** Which way the schema moved. */
    public enum Direction {
        /** Revisions were applied. */
        UPGRADE,
        /** Revisions were undone. */
        DOWNGRADE
    }

    /**
     * One revision that ran.
     *
     * @param id          the revision id
     * @param message     its message
     * @param executionMs how long its statements took
     */
    public record Step(String id, String message, long executionMs) {
    }

    /** Whether nothing had to run. */
    public boolean isEmpty() {
        return revisions.isEmpty();
    }
}
