package dev.autogen.runtime.dialect;

import dev.autogen.runtime.ops.AddEnumValue;
import dev.autogen.runtime.ops.EnumColumn;
import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.ReplaceEnumType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.autogen.runtime.dialect.PostgresIdentifiers.literal;
import static dev.autogen.runtime.dialect.PostgresIdentifiers.quote;
import static dev.autogen.runtime.dialect.PostgresIdentifiers.quoteQualified;

/** The SQL of PostgreSQL's native enumerated types. */
final class PostgresEnumStatements {
    private PostgresEnumStatements() {
    }

    /** {@code CREATE TYPE}, then the implicit casts between {@code varchar} and the type when it has them. */
    static List<String> create(EnumTypeDef type) {
        List<String> statements = new ArrayList<>();
        statements.add(createType(type));
        if (type.varcharCasts()) {
            statements.addAll(createCasts(quoteQualified(type.name())));
        }
        return statements;
    }

    /**
     * {@code DROP TYPE}, after the casts between {@code varchar} and the type, which would keep it: those it
     * is known to have, or any when its definition is unknown.
     */
    static List<String> drop(String name, EnumTypeDef previous) {
        List<String> statements = new ArrayList<>();
        if (previous == null || previous.varcharCasts()) {
            statements.addAll(dropCasts(quoteQualified(name)));
        }
        statements.add("DROP TYPE " + quoteQualified(name));
        return statements;
    }

    private static String createType(EnumTypeDef type) {
        return "CREATE TYPE " + quoteQualified(type.name()) + " AS ENUM ("
                + type.values().stream().map(PostgresIdentifiers::literal).collect(Collectors.joining(", ")) + ")";
    }

    private static List<String> createCasts(String type) {
        return List.of("CREATE CAST (varchar AS " + type + ") WITH INOUT AS IMPLICIT",
                "CREATE CAST (" + type + " AS varchar) WITH INOUT AS IMPLICIT");
    }

    private static List<String> dropCasts(String type) {
        return List.of("DROP CAST IF EXISTS (varchar AS " + type + ")", "DROP CAST IF EXISTS (" + type + " AS varchar)");
    }

    /**
     * {@code ALTER TYPE ... ADD VALUE IF NOT EXISTS}, run outside a transaction block: PostgreSQL before 12
     * refuses it inside one, and from 12 on no statement of the transaction that adds a label may use it. The
     * statements before it commit first; {@code IF NOT EXISTS} lets an interrupted migration run it again.
     */
    static List<PlannedStatement> addValue(AddEnumValue op) {
        String sql = "ALTER TYPE " + quoteQualified(op.name()) + " ADD VALUE IF NOT EXISTS " + literal(op.value())
                + (op.before() != null ? " BEFORE " + literal(op.before()) : "")
                + (op.after() != null ? " AFTER " + literal(op.after()) : "");
        return List.of(new PlannedStatement(sql, PlannedStatement.Execution.OUTSIDE_TRANSACTION));
    }

    /**
     * Renames the old type aside, creates the new one with its casts, converts each column through text (its
     * default dropped before and set again after, since PostgreSQL cannot convert it), and drops the old one
     * after its casts.
     */
    static List<String> replace(ReplaceEnumType op) {
        String name = op.type().name();
        String schema = PostgresIdentifiers.schemaOf(name);
        String asideName = PostgresIdentifiers.nameOf(name) + "_old";
        String aside = schema == null ? quote(asideName) : quote(schema) + "." + quote(asideName);
        String target = quoteQualified(name);
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TYPE " + target + " RENAME TO " + quote(asideName));
        statements.addAll(create(op.type()));
        for (EnumColumn column : op.columns()) {
            String alter = "ALTER TABLE " + quoteQualified(column.table()) + " ALTER COLUMN " + quote(column.column());
            if (column.defaultValue() != null) {
                statements.add(alter + " DROP DEFAULT");
            }
            statements.add(alter + " TYPE " + target + " USING " + quote(column.column()) + "::text::" + target);
            if (column.defaultValue() != null) {
                statements.add(alter + " SET DEFAULT " + column.defaultValue());
            }
        }
        if (op.previous().varcharCasts()) {
            statements.addAll(dropCasts(aside));
        }
        statements.add("DROP TYPE " + aside);
        return statements;
    }
}
