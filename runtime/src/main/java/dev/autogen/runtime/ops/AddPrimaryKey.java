package dev.autogen.runtime.ops;

/** Adds a primary key to a table. */
public record AddPrimaryKey(String table, PrimaryKeyDef primaryKey) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new DropPrimaryKey(table, primaryKey.name(), primaryKey);
    }

    @Override
    public String describe() {
        return "add primary key on " + table + " (" + String.join(", ", primaryKey.columns()) + ")";
    }

}
