package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Adds a primary key without building its index under an exclusive lock: the unique index is built
 * {@code CONCURRENTLY} first, then the key takes it over with {@code USING INDEX}. The key columns must
 * be {@code NOT NULL} already, or that step scans the table.
 *
 * @param table      the table
 * @param primaryKey the key; its index gets the key's name ({@code <table>_pkey} when unnamed)
 */
public record AddPrimaryKeyUsingIndex(String table, PrimaryKeyDef primaryKey) implements MigrationOperation {
    /** Validates the operation. */
    public AddPrimaryKeyUsingIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    /** Drops the key, which drops its index too. */
    @Override
    public MigrationOperation reverse() {
        return new DropPrimaryKey(table, primaryKey.name(), primaryKey, true);
    }

    @Override
    public String describe() {
        return "add primary key on " + table + " (" + String.join(", ", primaryKey.columns())
                + ") using an index built concurrently";
    }
}
