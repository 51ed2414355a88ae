package dev.autogen.runtime.ops;

/**
 * Sets or drops the default of a column.
 *
 * @param table           the table
 * @param column          the column
 * @param defaultValue    the new default expression in SQL, or {@code null} for none
 * @param previousDefault the default before the change, or {@code null} for none
 * @param existing        the column as it is before the change, or {@code null} when unknown; dialects that
 *                        restate the whole column to change one part of it (MySQL's {@code MODIFY COLUMN})
 *                        render from it, PostgreSQL ignores it
 */
public record AlterColumnDefault(String table, String column, String defaultValue, String previousDefault,
                                 ColumnDef existing) implements MigrationOperation {
    /** Validates the change and stores the existing column without its backfill. */
    public AlterColumnDefault {
        existing = ExistingColumns.stored(column, existing);
    }

    /** A default change that does not know the existing column. */
    public AlterColumnDefault(String table, String column, String defaultValue, String previousDefault) {
        this(table, column, defaultValue, previousDefault, null);
    }

    /** Changes the default back; its existing column is this one's with the new default. */
    @Override
    public MigrationOperation reverse() {
        return new AlterColumnDefault(table, column, previousDefault, defaultValue,
                existing == null ? null : existing.defaultValue(defaultValue));
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column
                + (defaultValue == null ? " drop default" : " set default " + defaultValue);
    }
}
