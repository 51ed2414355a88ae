package dev.autogen.runtime.ops;

/**
 * Sets or drops {@code NOT NULL} on a column.
 *
 * @param table    the table
 * @param column   the column
 * @param nullable whether the column accepts {@code NULL} afterwards
 * @param backfill the SQL expression that replaces existing {@code NULL}s before {@code NOT NULL} is set,
 *                 or {@code null}; kept on both directions so that the reversed operation can use it
 */
public record AlterColumnNullability(String table, String column, boolean nullable, String backfill)
        implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new AlterColumnNullability(table, column, !nullable, backfill);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + (nullable ? " drop not null" : " set not null"
                + (backfill == null ? "" : " (existing nulls get " + backfill + ")"));
    }
}
