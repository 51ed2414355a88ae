package dev.autogen.runtime.ops;

/** Drops a table. {@code previous} is the dropped definition when known, for reversal. */
public record DropTable(String table, TableDef previous) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the table");
        }
        return new CreateTable(previous);
    }

    @Override
    public String describe() {
        return "drop table " + table;
    }

}
