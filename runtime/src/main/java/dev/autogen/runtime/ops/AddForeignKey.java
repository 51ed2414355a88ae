package dev.autogen.runtime.ops;

/** Adds a foreign key. */
public record AddForeignKey(String table, ForeignKeyDef foreignKey, boolean notValid) implements MigrationOperation {
    /** A validated foreign key. */
    public AddForeignKey(String table, ForeignKeyDef foreignKey) {
        this(table, foreignKey, false);
    }

    @Override
    public MigrationOperation reverse() {
        return new DropForeignKey(table, foreignKey.name(), foreignKey);
    }

    @Override
    public String describe() {
        return "add foreign key " + foreignKey.name() + " on " + table + " (" + String.join(", ", foreignKey.columns()) + ") -> " + foreignKey.referencedTable();
    }

}
