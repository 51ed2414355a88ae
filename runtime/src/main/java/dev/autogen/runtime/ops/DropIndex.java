package dev.autogen.runtime.ops;

/** Drops an index of a table. */
public record DropIndex(String table, String name, IndexDef previous, boolean concurrently) implements MigrationOperation {
    /** A plain drop. */
    public DropIndex(String table, String name, IndexDef previous) {
        this(table, name, previous, false);
    }

    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the index");
        }
        return new CreateIndex(table, previous, concurrently);
    }

    @Override
    public String describe() {
        return "drop index " + name + " on " + table;
    }

}
