package dev.autogen.runtime.ops;

/** Adds a column to a table. */
public record AddColumn(String table, ColumnDef column) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new DropColumn(table, column.name(), column);
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.name() + " " + column.type()
                + (column.nullable() ? "" : " not null")
                + (column.isGenerated() ? " generated always as (" + column.generatedAs() + ") stored" : "")
                + (column.backfill() == null ? "" : " (existing rows get " + column.backfill() + ")");
    }

}
