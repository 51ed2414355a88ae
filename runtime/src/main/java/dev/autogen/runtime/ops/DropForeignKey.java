package dev.autogen.runtime.ops;

/** Drops a foreign key. */
public record DropForeignKey(String table, String name, ForeignKeyDef previous) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the foreign key");
        }
        return new AddForeignKey(table, previous);
    }

    @Override
    public String describe() {
        return "drop foreign key " + name + " on " + table;
    }

}
