package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Makes a column a stored generated column: PostgreSQL cannot add an expression to an existing
 * column, so the column is dropped and added again as generated; the values it held are replaced by
 * computed ones.
 *
 * @param table  the table
 * @param column the column as it becomes, with its {@linkplain ColumnDef#generatedAs expression}
 */
public record AddColumnExpression(String table, ColumnDef column) implements MigrationOperation {
    /** Validates that the column is generated. */
    public AddColumnExpression {
        Objects.requireNonNull(column, "column");
        if (!column.isGenerated()) {
            throw new IllegalArgumentException("column " + column.name() + " has no generation expression");
        }
    }

    @Override
    public MigrationOperation reverse() {
        return new DropColumnExpression(table, column.name(), column);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column.name() + " generated always as (" + column.generatedAs()
                + ") stored (values recomputed)";
    }
}
