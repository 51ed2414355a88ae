package dev.autogen.runtime;

import dev.autogen.runtime.history.HistoryEntry;

import java.util.List;

/**
 * A revision and whether it is applied, as {@code history} shows it.
 *
 * @param id      the revision id
 * @param parents its parents
 * @param message its message
 * @param origin  its source file or class; {@code null} for a revision the history records as applied
 *                but no migration declares
 * @param head    whether it is a head of the graph
 * @param applied the history row when applied, otherwise {@code null}
 */
public record RevisionStatus(String id, List<String> parents, String message, String origin, boolean head,
                             HistoryEntry applied) {
    /** Whether the revision is applied. */
    public boolean isApplied() {
        return applied != null;
    }

    /** Whether a migration declares the revision. */
    public boolean isDeclared() {
        return origin != null;
    }
}
