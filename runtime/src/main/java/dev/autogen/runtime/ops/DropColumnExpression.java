package dev.autogen.runtime.ops;

/**
 * Makes a stored generated column an ordinary column ({@code ALTER COLUMN ... DROP EXPRESSION});
 * its values stay.
 *
 * @param table  the table
 * @param column the column
 * @param before the column as it was, generated, for reversal, or {@code null} when unknown
 */
public record DropColumnExpression(String table, String column, ColumnDef before) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (before == null || !before.isGenerated()) {
            throw Irreversible.because(describe(), "the generation expression");
        }
        return new AddColumnExpression(table, before);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + " drop expression";
    }
}
