package dev.autogen.runtime.ops;

/** Drops an index of a table. */
public record DropIndex(String table, String name, IndexDef previous) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the index");
        }
        return new CreateIndex(table, previous);
    }

    @Override
    public String describe() {
        return "drop index " + name + " on " + table;
    }

}
