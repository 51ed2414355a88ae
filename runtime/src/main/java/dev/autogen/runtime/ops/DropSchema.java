package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Drops an empty database schema (namespace); fails when anything is left in it.
 *
 * @param name the schema name
 */
public record DropSchema(String name) implements MigrationOperation {
    /** Validates the record. */
    public DropSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public MigrationOperation reverse() {
        return new CreateSchema(name);
    }

    @Override
    public String describe() {
        return "drop schema " + name;
    }

    @Override
    public String table() {
        return null;
    }
}
