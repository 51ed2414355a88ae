package dev.autogen.runtime.ops;

/**
 * Sets or drops the default of a column.
 *
 * @param table           the table
 * @param column          the column
 * @param defaultValue    the new default expression in SQL, or {@code null} for none
 * @param previousDefault the default before the change, or {@code null} for none
 */
public record AlterColumnDefault(String table, String column, String defaultValue, String previousDefault)
        implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new AlterColumnDefault(table, column, previousDefault, defaultValue);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column
                + (defaultValue == null ? " drop default" : " set default " + defaultValue);
    }
}
