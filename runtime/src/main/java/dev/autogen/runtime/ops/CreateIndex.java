package dev.autogen.runtime.ops;

/** Creates an index. */
public record CreateIndex(String table, IndexDef index) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new DropIndex(table, index.name(), index);
    }

    @Override
    public String describe() {
        return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table + " (" + String.join(", ", index.columns()) + ")";
    }

}
