package dev.autogen.runtime.ops;

/** Validates a constraint added {@code NOT VALID}. */
public record ValidateConstraint(String table, String name) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return this;
    }

    @Override
    public String describe() {
        return "validate constraint " + name + " on " + table;
    }
}
