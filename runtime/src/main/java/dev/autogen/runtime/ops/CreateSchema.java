package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Creates a database schema (namespace) when it does not exist yet.
 *
 * @param name the schema name
 */
public record CreateSchema(String name) implements MigrationOperation {
    /** Validates the record. */
    public CreateSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public MigrationOperation reverse() {
        return new DropSchema(name);
    }

    @Override
    public String describe() {
        return "create schema " + name;
    }

    @Override
    public String table() {
        return null;
    }
}
