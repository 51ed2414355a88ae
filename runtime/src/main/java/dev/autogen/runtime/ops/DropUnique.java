package dev.autogen.runtime.ops;

/**
 * Drops a unique constraint, and with it the index behind it.
 *
 * @param table      the table
 * @param name       the constraint
 * @param previous   the dropped constraint when known, for reversal
 * @param usingIndex whether the reverse adds it back as {@link AddUniqueUsingIndex} (this is the reverse
 *                   of that operation); the drop itself is the same
 */
public record DropUnique(String table, String name, UniqueDef previous, boolean usingIndex)
        implements MigrationOperation {
    /** Drops a unique constraint whose reverse adds it back with a plain {@code ADD CONSTRAINT}. */
    public DropUnique(String table, String name, UniqueDef previous) {
        this(table, name, previous, false);
    }

    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the constraint");
        }
        return usingIndex ? new AddUniqueUsingIndex(table, previous) : new AddUnique(table, previous);
    }

    @Override
    public String describe() {
        return "drop unique constraint " + name + " on " + table;
    }

}
