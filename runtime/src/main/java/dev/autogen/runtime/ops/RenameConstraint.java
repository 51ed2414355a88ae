package dev.autogen.runtime.ops;

/**
 * Renames a constraint of a table (primary key, unique, check or foreign key); a unique or primary
 * key's index is renamed with it.
 *
 * @param table   the table
 * @param name    the current constraint name
 * @param newName the new constraint name
 */
public record RenameConstraint(String table, String name, String newName) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new RenameConstraint(table, newName, name);
    }

    @Override
    public String describe() {
        return "rename constraint " + name + " on " + table + " to " + newName;
    }
}
