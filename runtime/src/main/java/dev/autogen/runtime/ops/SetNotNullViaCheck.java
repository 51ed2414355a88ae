package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Declares a column {@code NOT NULL} without scanning the table under an exclusive lock: a helper check
 * {@code (column IS NOT NULL)} is added {@code NOT VALID} and validated, which lets reads and writes go on;
 * {@code SET NOT NULL} then trusts the validated check instead of scanning, and the helper is dropped.
 *
 * @param table    the table
 * @param column   the column
 * @param backfill the SQL expression that replaces existing {@code NULL}s first, or {@code null}
 * @param existing the column as it is before the change, or {@code null} when unknown; dialects that
 *                 restate the whole column to change one part of it (MySQL's {@code MODIFY COLUMN})
 *                 render from it, PostgreSQL ignores it
 */
public record SetNotNullViaCheck(String table, String column, String backfill, ColumnDef existing)
        implements MigrationOperation {
    /** Validates the operation and stores the existing column without its backfill. */
    public SetNotNullViaCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        existing = ExistingColumns.stored(column, existing);
    }

    /** A lock-safe {@code NOT NULL} that does not know the existing column. */
    public SetNotNullViaCheck(String table, String column, String backfill) {
        this(table, column, backfill, null);
    }

    /**
     * Lets the column accept {@code NULL} again, keeping the backfill. Reversing that gives a plain
     * {@link AlterColumnNullability}, which declares the column {@code NOT NULL} with a scan. The
     * reverse's existing column is this one's, {@code NOT NULL}.
     */
    @Override
    public MigrationOperation reverse() {
        return new AlterColumnNullability(table, column, true, backfill,
                existing == null ? null : existing.notNull());
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + " set not null through a validated check"
                + (backfill == null ? "" : " (existing nulls get " + backfill + ")");
    }
}
