package dev.autogen.runtime.ops;

/** Adds a unique constraint. */
public record AddUnique(String table, UniqueDef unique) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new DropUnique(table, unique.name(), unique);
    }

    @Override
    public String describe() {
        return "add unique constraint " + unique.name() + " on " + table + " (" + String.join(", ", unique.columns()) + ")";
    }

}
