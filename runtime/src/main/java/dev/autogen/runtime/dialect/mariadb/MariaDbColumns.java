package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.MigrationOperation;

import java.util.ArrayList;
import java.util.List;

import static dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers.literal;
import static dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers.quote;
import static dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers.quoteQualified;

/**
 * Column definitions and the {@code MODIFY COLUMN} statements of MariaDB. {@code MODIFY} replaces the
 * whole column: whatever it does not restate (nullability, default, {@code AUTO_INCREMENT}, comment) is
 * silently lost. So a change of type, nullability or comment is rendered from the whole column as it
 * was ({@code existing}) with the one change applied. The same SQL serves MySQL 8.
 */
final class MariaDbColumns {
    private MariaDbColumns() {
    }

    /**
     * The column as a definition: name, type, {@code NOT NULL}, {@code DEFAULT}, {@code AUTO_INCREMENT}
     * (for either identity kind: MariaDB has no {@code ALWAYS}, an explicit value is always accepted) and
     * {@code COMMENT}. A stored generated column is {@code GENERATED ALWAYS AS (...) STORED} without
     * {@code NOT NULL} or default, which MariaDB does not allow on it.
     */
    static String definition(ColumnDef column) {
        return definition(column, null);
    }

    /** The definition, with a column-level {@code CHECK} (which MariaDB names after the column) when {@code check} is given. */
    static String definition(ColumnDef column, String check) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
        if (column.isGenerated()) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedAs()).append(") STORED");
        } else {
            if (!column.nullable()) {
                sql.append(" NOT NULL");
            }
            if (column.defaultValue() != null) {
                sql.append(" DEFAULT ").append(column.defaultValue());
            }
            if (column.isIdentity()) {
                sql.append(" AUTO_INCREMENT");
            }
        }
        if (check != null) {
            sql.append(" CHECK (").append(check).append(')');
        }
        if (column.comment() != null) {
            sql.append(" COMMENT ").append(literal(column.comment()));
        }
        return sql.toString();
    }

    /** {@code ALTER TABLE t MODIFY COLUMN} restating the whole column as given. */
    static String modify(String table, ColumnDef column) {
        return "ALTER TABLE " + quoteQualified(table) + " MODIFY COLUMN " + definition(column.withoutBackfill());
    }

    /**
     * The type change as a {@code MODIFY} of the existing column with the new type. A conversion
     * expression ({@code using}) has no MariaDB form: {@code MODIFY} converts each value by the server's
     * own cast, so an operation with one is refused.
     */
    static List<String> type(AlterColumnType op, ColumnDef existing) {
        if (op.using() != null) {
            throw new AutogenException(ErrorCode.MIGRATION_FAILED, "Cannot " + op.describe() + " on MariaDB with"
                    + " the conversion " + op.using() + ": MODIFY COLUMN has no USING clause and converts by the"
                    + " server's own cast. Drop the conversion, or convert in steps with op.execute(\"UPDATE ...\").");
        }
        return List.of(modify(op.table(), withType(checked(existing, op.column()), op.type())));
    }

    /** The nullability change as a {@code MODIFY} of the existing column, after an {@code UPDATE} that fills its nulls when a backfill is given. */
    static List<String> nullability(AlterColumnNullability op, ColumnDef existing) {
        if (!op.nullable()) {
            return notNull(op.table(), op.backfill(), checked(existing, op.column()));
        }
        return List.of(modify(op.table(), checked(existing, op.column()).withNullable(true)));
    }

    /**
     * {@code NOT NULL} as a {@code MODIFY} of the existing column, after an {@code UPDATE} that fills its
     * nulls when a backfill is given. MariaDB has no lock-safe form to choose: InnoDB rebuilds the table
     * in place while reads and writes go on, so {@code setNotNullViaCheck} renders the same statements.
     */
    static List<String> notNull(String table, String backfill, ColumnDef existing) {
        List<String> statements = new ArrayList<>();
        if (backfill != null) {
            String column = quote(existing.name());
            statements.add("UPDATE " + quoteQualified(table) + " SET " + column + " = " + backfill
                    + " WHERE " + column + " IS NULL");
        }
        statements.add(modify(table, existing.withoutBackfill().withNullable(false)));
        return statements;
    }

    /** The comment change as a {@code MODIFY} of the existing column with the new comment, or none. */
    static List<String> comment(AlterColumnComment op, ColumnDef existing) {
        return List.of(modify(op.table(), checked(existing, op.column()).comment(op.comment())));
    }

    /**
     * The existing column the operation carries, or the refusal when it carries none: without it a
     * {@code MODIFY} would lose what it does not restate.
     */
    static ColumnDef existing(MigrationOperation op, String column, ColumnDef existing) {
        if (existing == null) {
            throw needsWholeColumn(op, column);
        }
        return checked(existing, column);
    }

    /** The refusal for a change of the column whose record does not carry the whole existing column. */
    static AutogenException needsWholeColumn(MigrationOperation op, String column) {
        String table = op.table().replace("\\", "\\\\").replace("\"", "\\\"");
        String name = column.replace("\\", "\\\\").replace("\"", "\\\"");
        return new AutogenException(ErrorCode.MIGRATION_FAILED, "Cannot " + op.describe() + " on MariaDB: its"
                + " MODIFY COLUMN restates the whole column " + column + " of table " + op.table() + " and silently"
                + " drops the nullability, default, AUTO_INCREMENT and comment it does not restate, and this operation"
                + " does not carry the column as it is. The migration must state the whole column as it is before the"
                + " change, e.g. op.alterColumnType(\"" + table + "\", column(\"" + name + "\", \"<its type>\")"
                + ".notNull().defaultValue(...).comment(...), \"<new type>\"); setNotNull, dropNotNull, setDefault,"
                + " setComment, addIdentity, dropIdentity and dropExpression take the column's definition the same way."
                + " Or write the MODIFY COLUMN with op.execute(...).");
    }

    private static ColumnDef checked(ColumnDef existing, String name) {
        if (!existing.name().equalsIgnoreCase(name)) {
            throw new AutogenException(ErrorCode.INTERNAL, "The existing column " + existing.name()
                    + " given for a change of column " + name + " is another column.");
        }
        return existing.withoutBackfill();
    }

    private static ColumnDef withType(ColumnDef column, String type) {
        return new ColumnDef(column.name(), type, column.nullable(), column.defaultValue(), column.identity(), null,
                column.comment(), column.generatedAs());
    }
}
