package dev.autogen.diff;

/**
 * The wording of review notes that stand in a migration's {@code downgrade()}: each names the
 * downgrade, as what acts ("the downgrade drops …") or as what fails ("the downgrade fails if …"),
 * so that a note read in the downgrade never seems to speak of the upgrade.
 */
public final class DowngradeNotes {
    private DowngradeNotes() {
    }

    /** The note with the downgrade as its subject: "drops column t.c …" becomes "the downgrade drops column t.c …". */
    public static String subject(String note) {
        return note == null ? null : "the downgrade " + note;
    }

    /** The note of the value a column the upgrade dropped gets back in existing rows, or {@code null} without one. */
    static String addsBack(String column, String backfillNote) {
        return backfillNote == null ? null : "the downgrade adds " + column + " back: " + backfillNote;
    }

    /** The note of the value that replaces NULLs when the downgrade makes a column NOT NULL again, or {@code null}. */
    static String setsNotNull(String column, String backfillNote) {
        return backfillNote == null ? null : "the downgrade makes " + column + " NOT NULL again: " + backfillNote;
    }
}
