package dev.autogen.runtime;

import dev.autogen.runtime.history.HistoryEntry;

import java.util.List;

/**
 * What to run after a migration outside a transaction stopped half-way, by the direction it ran in.
 * Recording it as applied uses {@code stamp --add}, which keeps every other row; recording it as not
 * applied uses {@code upgrade --repair} towards a revision that is applied already, which forgets the
 * incomplete row and runs nothing.
 */
final class IncompleteAdvice {
    private IncompleteAdvice() {
    }

    /** The advice for an incomplete record as the history holds it: an undo's record has no checksum. */
    static String of(HistoryEntry entry) {
        return entry.checksum() == null
                ? afterUndo(entry.revision(), entry.parents())
                : afterUpgrade(entry.revision());
    }

    /** Whether the incomplete record was written by an undo, which records no checksum. */
    static boolean undoing(HistoryEntry entry) {
        return entry.checksum() == null;
    }

    /** The way out after applying the revision stopped half-way. */
    static String afterUpgrade(String revision) {
        return "Finish or undo its statements by hand, then run 'autogen upgrade --repair' to run it again, or "
                + asApplied(revision) + " to record it as applied and keep every other row.";
    }

    /** The way out after undoing the revision stopped half-way. */
    static String afterUndo(String revision, List<String> parents) {
        return "Finish or revert what was undone by hand, then run " + asUndone(parents) + " to record it as"
                + " undone, or " + asApplied(revision) + " to record it as applied, keeping every other row.";
    }

    /** The command that records the revision as applied and keeps every other row. */
    static String asApplied(String revision) {
        return "'autogen stamp --add " + revision + "'";
    }

    /** The command that forgets the revision's incomplete row and runs nothing. */
    static String asUndone(List<String> parents) {
        if (parents.isEmpty()) {
            return "'autogen upgrade --repair REV' with a revision that is applied as REV ('autogen current'), which"
                    + " forgets the incomplete record and runs nothing";
        }
        return "'autogen upgrade --repair " + parents.get(0) + "', which forgets the incomplete record and runs"
                + " nothing (" + parents.get(0) + " is applied)";
    }
}
