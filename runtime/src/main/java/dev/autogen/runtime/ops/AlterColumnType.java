package dev.autogen.runtime.ops;

/**
 * Changes the SQL type of a column.
 *
 * @param table        the table
 * @param column       the column
 * @param type         the new type, as the database spells it
 * @param previousType the type before the change, for reversal, or {@code null} when unknown
 * @param using        the SQL expression that converts an old value, or {@code null} for no {@code USING}
 *                     clause (PostgreSQL's own assignment cast)
 * @param reverseUsing the expression that converts back, used by the reversed operation, or {@code null}
 * @param existing     the column as it is before the change, or {@code null} when unknown; dialects that
 *                     restate the whole column to change one part of it (MySQL's {@code MODIFY COLUMN})
 *                     render from it, PostgreSQL ignores it
 */
public record AlterColumnType(String table, String column, String type, String previousType, String using,
                              String reverseUsing, ColumnDef existing) implements MigrationOperation {
    /** Validates the change and stores the existing column without its backfill. */
    public AlterColumnType {
        existing = ExistingColumns.stored(column, existing);
    }

    /** A type change that does not know the existing column. */
    public AlterColumnType(String table, String column, String type, String previousType, String using,
                           String reverseUsing) {
        this(table, column, type, previousType, using, reverseUsing, null);
    }

    /** Changes the type back; its existing column is this one's with the new type. */
    @Override
    public MigrationOperation reverse() {
        if (previousType == null) {
            throw Irreversible.because(describe(), "the previous type");
        }
        return new AlterColumnType(table, column, previousType, type, reverseUsing, using,
                existing == null ? null : existing.withType(type));
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + " type "
                + (previousType == null ? "" : previousType + " -> ") + type;
    }
}
