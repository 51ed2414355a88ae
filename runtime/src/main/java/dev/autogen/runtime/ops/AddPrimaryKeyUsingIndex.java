package dev.autogen.runtime.ops;

/** Adds a primary key over an index built concurrently. */
public record AddPrimaryKeyUsingIndex(String table, PrimaryKeyDef primaryKey) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new DropPrimaryKey(table, primaryKey.name(), primaryKey);
    }

    @Override
    public String describe() {
        return "add primary key on " + table + " (" + String.join(", ", primaryKey.columns())
                + ") using an index built concurrently";
    }
}
