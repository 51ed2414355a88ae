package dev.autogen.runtime.ops;

/** Drops a column. {@code previous} is the dropped definition when known, for reversal; its backfill, if any, fills existing rows when the column is added back. */
public record DropColumn(String table, String column, ColumnDef previous) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the column");
        }
        return new AddColumn(table, previous);
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column;
    }

}
