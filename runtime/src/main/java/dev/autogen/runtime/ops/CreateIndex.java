package dev.autogen.runtime.ops;

/** Creates an index. */
public record CreateIndex(String table, IndexDef index, boolean concurrently) implements MigrationOperation {
    /** A plain index build. */
    public CreateIndex(String table, IndexDef index) {
        this(table, index, false);
    }

    @Override
    public MigrationOperation reverse() {
        return new DropIndex(table, index.name(), index, concurrently);
    }

    @Override
    public String describe() {
        return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table + " (" + String.join(", ", index.columns()) + ")";
    }

}
