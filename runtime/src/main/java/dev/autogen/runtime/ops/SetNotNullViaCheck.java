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
 */
public record SetNotNullViaCheck(String table, String column, String backfill) implements MigrationOperation {
    /** Validates the operation. */
    public SetNotNullViaCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /**
     * Lets the column accept {@code NULL} again, keeping the backfill. Reversing that gives a plain
     * {@link AlterColumnNullability}, which declares the column {@code NOT NULL} with a scan.
     */
    @Override
    public MigrationOperation reverse() {
        return new AlterColumnNullability(table, column, true, backfill);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + " set not null through a validated check"
                + (backfill == null ? "" : " (existing nulls get " + backfill + ")");
    }
}
