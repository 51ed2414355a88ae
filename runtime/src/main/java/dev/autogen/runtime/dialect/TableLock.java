package dev.autogen.runtime.dialect;

import java.util.Objects;

/**
 * A lock a statement takes on one table.
 *
 * @param table the table, as operations spell it ({@code schema.name}, exact stored names)
 * @param mode  the lock mode
 */
public record TableLock(String table, LockMode mode) {
    /** Validates the record. */
    public TableLock {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(mode, "mode");
    }
}
