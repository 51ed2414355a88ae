package dev.autogen.runtime.ops;

/**
 * Drops the primary key of a table.
 *
 * @param table      the table
 * @param name       the constraint name, or {@code null} for the database's default ({@code <table>_pkey})
 * @param previous   the dropped key when known, for reversal
 * @param usingIndex whether the reverse adds it back as {@link AddPrimaryKeyUsingIndex} (this is the
 *                   reverse of that operation); the drop itself is the same
 */
public record DropPrimaryKey(String table, String name, PrimaryKeyDef previous, boolean usingIndex)
        implements MigrationOperation {
    /** Drops a primary key whose reverse adds it back with a plain {@code ADD PRIMARY KEY}. */
    public DropPrimaryKey(String table, String name, PrimaryKeyDef previous) {
        this(table, name, previous, false);
    }

    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the key");
        }
        return usingIndex ? new AddPrimaryKeyUsingIndex(table, previous) : new AddPrimaryKey(table, previous);
    }

    @Override
    public String describe() {
        return "drop primary key of " + table;
    }
}
