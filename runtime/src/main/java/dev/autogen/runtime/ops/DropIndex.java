package dev.autogen.runtime.ops;

/**
 * Drops an index of a table.
 *
 * @param table        the table
 * @param name         the index
 * @param previous     the dropped index when known, for reversal
 * @param concurrently whether it is dropped with {@code DROP INDEX CONCURRENTLY}, outside a transaction;
 *                     the reverse then builds it concurrently too
 */
public record DropIndex(String table, String name, IndexDef previous, boolean concurrently) implements MigrationOperation {
    /** Drops an index with a plain {@code DROP INDEX}. */
    public DropIndex(String table, String name, IndexDef previous) {
        this(table, name, previous, false);
    }

    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the index");
        }
        return new CreateIndex(table, previous, concurrently);
    }

    @Override
    public String describe() {
        return "drop index " + (concurrently ? "concurrently " : "") + name + " on " + table;
    }

}
