package dev.autogen.runtime.ops;

/**
 * Checks and normalizes the {@code existing} column that a column change may carry: the column as it is
 * before the change, for dialects that restate the whole column to change one of its parts.
 */
final class ExistingColumns {
    private ExistingColumns() {
    }

    /**
     * The existing column as it is stored, without a one-off backfill expression, or {@code null} when
     * unknown; fails when it names another column than the change does.
     */
    static ColumnDef stored(String column, ColumnDef existing) {
        if (existing == null) {
            return null;
        }
        if (!existing.name().equals(column)) {
            throw new IllegalArgumentException("a change of column " + column + " carries the existing column "
                    + existing.name() + "; pass the definition of " + column);
        }
        return existing.withoutBackfill();
    }
}
