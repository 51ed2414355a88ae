package dev.autogen.runtime.ops;

/**
 * Renames a table, keeping its rows. The new name may name another schema, which moves the table.
 *
 * @param table   the current name, optionally schema-qualified
 * @param newName the new name, optionally schema-qualified
 */
public record RenameTable(String table, String newName) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new RenameTable(newName, table);
    }

    @Override
    public String describe() {
        return "rename table " + table + " to " + newName;
    }
}
