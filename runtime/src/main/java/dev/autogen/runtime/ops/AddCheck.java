package dev.autogen.runtime.ops;

/**
 * Adds a check constraint.
 *
 * @param table    the table
 * @param check    the constraint
 * @param notValid whether it is added {@code NOT VALID}: existing rows are not checked, so the lock is
 *                 short; a later {@link ValidateConstraint} checks them
 */
public record AddCheck(String table, CheckDef check, boolean notValid) implements MigrationOperation {
    /** Adds a check constraint and checks the existing rows at once. */
    public AddCheck(String table, CheckDef check) {
        this(table, check, false);
    }

    @Override
    public MigrationOperation reverse() {
        return new DropCheck(table, check.name(), check, notValid);
    }

    @Override
    public String describe() {
        return "add check constraint " + check.name() + " on " + table + (notValid ? " not valid" : "");
    }

}
