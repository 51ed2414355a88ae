package dev.autogen.runtime.ops;

/**
 * Drops the primary key of a table.
 *
 * @param table    the table
 * @param name     the constraint name, or {@code null} for the database's default ({@code <table>_pkey})
 * @param previous the dropped key when known, for reversal
 */
public record DropPrimaryKey(String table, String name, PrimaryKeyDef previous) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the key");
        }
        return new AddPrimaryKey(table, previous);
    }

    @Override
    public String describe() {
        return "drop primary key of " + table;
    }
}
