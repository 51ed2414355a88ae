package dev.autogen.runtime.ops;

/** Adds a unique constraint over an index built concurrently. */
public record AddUniqueUsingIndex(String table, UniqueDef unique) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new DropUnique(table, unique.name(), unique);
    }

    @Override
    public String describe() {
        return "add unique constraint " + unique.name() + " on " + table + " (" + String.join(", ", unique.columns())
                + ") using an index built concurrently";
    }
}
