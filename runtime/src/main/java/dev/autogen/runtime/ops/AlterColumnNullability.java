package dev.autogen.runtime.ops;

/**
 * Sets or drops {@code NOT NULL} on a column.
 *
 * @param table    the table
 * @param column   the column
 * @param nullable whether the column accepts {@code NULL} afterwards
 * @param backfill the SQL expression that replaces existing {@code NULL}s before {@code NOT NULL} is set,
 *                 or {@code null}; kept on both directions so that the reversed operation can use it
 * @param existing the column as it is before the change, or {@code null} when unknown; dialects that
 *                 restate the whole column to change one part of it (MySQL's {@code MODIFY COLUMN})
 *                 render from it, PostgreSQL ignores it
 */
public record AlterColumnNullability(String table, String column, boolean nullable, String backfill,
                                     ColumnDef existing) implements MigrationOperation {
    /** Validates the change and stores the existing column without its backfill. */
    public AlterColumnNullability {
        existing = ExistingColumns.stored(column, existing);
    }

    /** A nullability change that does not know the existing column. */
    public AlterColumnNullability(String table, String column, boolean nullable, String backfill) {
        this(table, column, nullable, backfill, null);
    }

    /** Changes the nullability back; its existing column is this one's with the new nullability. */
    @Override
    public MigrationOperation reverse() {
        return new AlterColumnNullability(table, column, !nullable, backfill,
                existing == null ? null : existing.withNullable(nullable));
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + (nullable ? " drop not null" : " set not null"
                + (backfill == null ? "" : " (existing nulls get " + backfill + ")"));
    }
}
