package dev.autogen.runtime.ops;

/**
 * Renames an index of a table.
 *
 * @param table   the table, whose schema the index shares
 * @param name    the current index name
 * @param newName the new index name
 */
public record RenameIndex(String table, String name, String newName) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new RenameIndex(table, newName, name);
    }

    @Override
    public String describe() {
        return "rename index " + name + " on " + table + " to " + newName;
    }
}
