package dev.autogen.runtime.ops;

/**
 * Adds a foreign key.
 *
 * @param table      the referencing table
 * @param foreignKey the key
 * @param notValid   whether it is added {@code NOT VALID}: existing rows are not checked, so the lock is
 *                   short; a later {@link ValidateConstraint} checks them
 */
public record AddForeignKey(String table, ForeignKeyDef foreignKey, boolean notValid) implements MigrationOperation {
    /** Adds a foreign key and checks the existing rows at once. */
    public AddForeignKey(String table, ForeignKeyDef foreignKey) {
        this(table, foreignKey, false);
    }

    @Override
    public MigrationOperation reverse() {
        return new DropForeignKey(table, foreignKey.name(), foreignKey, notValid);
    }

    @Override
    public String describe() {
        return "add foreign key " + foreignKey.name() + " on " + table + " (" + String.join(", ", foreignKey.columns())
                + ") -> " + foreignKey.referencedTable() + (notValid ? " not valid" : "");
    }

}
