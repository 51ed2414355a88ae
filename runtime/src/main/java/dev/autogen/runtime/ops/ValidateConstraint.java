package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Checks the existing rows against a foreign key or check constraint added {@code NOT VALID}. It takes a
 * lock that lets reads and writes go on; on a constraint that is valid already it does nothing, so it is
 * its own reverse, and a generated downgrade leaves it out.
 *
 * @param table      the table
 * @param constraint the constraint
 */
public record ValidateConstraint(String table, String constraint) implements MigrationOperation {
    /** Validates the operation. */
    public ValidateConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public MigrationOperation reverse() {
        return this;
    }

    @Override
    public String describe() {
        return "validate constraint " + constraint + " on " + table;
    }
}
