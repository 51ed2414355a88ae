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

    static String create(EnumTypeDef type) {
        return "CREATE TYPE " + quoteQualified(type.name()) + " AS ENUM ("
                + type.values().stream().map(PostgresIdentifiers::literal).collect(Collectors.joining(", ")) + ")";
    }

    static String drop(String name) {
        return "DROP TYPE " + quoteQualified(name);
    }

    /**
     * {@code ALTER TYPE ... ADD VALUE}, which PostgreSQL 12 and later run in a transaction block, but whose new
     * label no statement of that transaction may use: the transaction commits after it.
     */
    static List<PlannedStatement> addValue(AddEnumValue op) {
        String sql = "ALTER TYPE " + quoteQualified(op.name()) + " ADD VALUE " + literal(op.value())
                + (op.before() != null ? " BEFORE " + literal(op.before()) : "")
                + (op.after() != null ? " AFTER " + literal(op.after()) : "");
        return List.of(new PlannedStatement(sql, PlannedStatement.Execution.COMMIT_AFTER));
    }

    /** Renames the old type aside, creates the new one, converts each column through text, drops the old. */
    static List<String> replace(ReplaceEnumType op) {
        String name = op.type().name();
        String schema = PostgresIdentifiers.schemaOf(name);
        String asideName = PostgresIdentifiers.nameOf(name) + "_old";
        String aside = schema == null ? quote(asideName) : quote(schema) + "." + quote(asideName);
        String target = quoteQualified(name);
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TYPE " + target + " RENAME TO " + quote(asideName));
        statements.add(create(op.type()));
        for (EnumColumn column : op.columns()) {
            statements.add("ALTER TABLE " + quoteQualified(column.table()) + " ALTER COLUMN " + quote(column.column())
                    + " TYPE " + target + " USING " + quote(column.column()) + "::text::" + target);
        }
        statements.add("DROP TYPE " + aside);
        return statements;
    }
}
