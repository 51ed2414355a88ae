package dev.autogen.runtime.ops;

/**
 * Renames a column, keeping its data.
 *
 * @param table   the table
 * @param column  the current column name
 * @param newName the new column name
 */
public record RenameColumn(String table, String column, String newName) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new RenameColumn(table, newName, column);
    }

    @Override
    public String describe() {
        return "rename column " + table + "." + column + " to " + newName;
    }
}
