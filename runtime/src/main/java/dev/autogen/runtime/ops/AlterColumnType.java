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
 */
public record AlterColumnType(String table, String column, String type, String previousType, String using,
                              String reverseUsing) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (previousType == null) {
            throw Irreversible.because(describe(), "the previous type");
        }
        return new AlterColumnType(table, column, previousType, type, reverseUsing, using);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + " type "
                + (previousType == null ? "" : previousType + " -> ") + type;
    }
}
