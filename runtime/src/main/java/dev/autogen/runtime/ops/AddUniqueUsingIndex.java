package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Adds a unique constraint without building its index under an exclusive lock: the unique index is
 * built {@code CONCURRENTLY} first, then the constraint takes it over with {@code USING INDEX}, which
 * only needs a short lock.
 *
 * @param table  the table
 * @param unique the constraint; its index gets the same name
 */
public record AddUniqueUsingIndex(String table, UniqueDef unique) implements MigrationOperation {
    /** Validates the operation. */
    public AddUniqueUsingIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    /** Drops the constraint, which drops its index too. */
    @Override
    public MigrationOperation reverse() {
        return new DropUnique(table, unique.name(), unique, true);
    }

    @Override
    public String describe() {
        return "add unique constraint " + unique.name() + " on " + table + " (" + String.join(", ", unique.columns())
                + ") using an index built concurrently";
    }
}
