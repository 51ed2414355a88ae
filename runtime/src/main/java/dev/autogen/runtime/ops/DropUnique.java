package dev.autogen.runtime.ops;

/** Drops a unique constraint. */
public record DropUnique(String table, String name, UniqueDef previous) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the constraint");
        }
        return new AddUnique(table, previous);
    }

    @Override
    public String describe() {
        return "drop unique constraint " + name + " on " + table;
    }

}
