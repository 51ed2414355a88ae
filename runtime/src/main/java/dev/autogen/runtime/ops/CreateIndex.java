package dev.autogen.runtime.ops;

/**
 * Creates an index.
 *
 * @param table        the table
 * @param index        the index
 * @param concurrently whether it is built with {@code CREATE INDEX CONCURRENTLY}, which lets writes go on
 *                     during the build but runs outside a transaction
 */
public record CreateIndex(String table, IndexDef index, boolean concurrently) implements MigrationOperation {
    /** Creates an index with a plain {@code CREATE INDEX}, which blocks writes to the table while it builds. */
    public CreateIndex(String table, IndexDef index) {
        this(table, index, false);
    }

    @Override
    public MigrationOperation reverse() {
        return new DropIndex(table, index.name(), index, concurrently);
    }

    @Override
    public String describe() {
        return "create " + (index.unique() ? "unique " : "") + "index " + (concurrently ? "concurrently " : "")
                + index.name() + " on " + table + " (" + String.join(", ", index.columns()) + ")";
    }

}
