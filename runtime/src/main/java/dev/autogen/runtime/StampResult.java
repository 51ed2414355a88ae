package dev.autogen.runtime;

import java.util.List;

/**
 * What {@code stamp} did to the history table.
 *
 * @param heads        the heads of the known revisions now recorded as applied
 * @param keptUnknown  the recorded revisions that no migration declares, kept as they were
 * @param purgedUnknown the recorded revisions that no migration declares, deleted on request
 */
public record StampResult(List<String> heads, List<String> keptUnknown, List<String> purgedUnknown) {
    /** Copies the lists. */
    public StampResult {
        heads = List.copyOf(heads);
        keptUnknown = List.copyOf(keptUnknown);
        purgedUnknown = List.copyOf(purgedUnknown);
    }

    /** How {@code stamp} treats the rows it finds. */
    public enum Option {
        /**
         * Only adds the targets and their ancestors: every other row stays, so that a gap in the
         * history can be filled without touching the rest.
         */
        ADD,
        /** Also deletes the rows of revisions that no migration declares, which are kept otherwise. */
        PURGE_UNKNOWN
    }
}
