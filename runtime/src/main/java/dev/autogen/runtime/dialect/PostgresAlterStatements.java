package dev.autogen.runtime.dialect;

import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.AlterSequence;
import dev.autogen.runtime.ops.AlterTableComment;
import dev.autogen.runtime.ops.ContinueAfter;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.SequenceDef;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.autogen.runtime.dialect.PostgresIdentifiers.nameOf;
import static dev.autogen.runtime.dialect.PostgresIdentifiers.quote;
import static dev.autogen.runtime.dialect.PostgresIdentifiers.quoteQualified;
import static dev.autogen.runtime.dialect.PostgresIdentifiers.schemaOf;

/** The PostgreSQL statements for the operations that change existing columns, tables and sequences. */
final class PostgresAlterStatements {
    private PostgresAlterStatements() {
    }

    static List<String> type(AlterColumnType op) {
        String sql = alterColumn(op.table(), op.column()) + " TYPE " + op.type();
        return List.of(op.using() == null ? sql : sql + " USING " + op.using());
    }

    static List<String> nullability(AlterColumnNullability op) {
        if (op.nullable()) {
            return List.of(alterColumn(op.table(), op.column()) + " DROP NOT NULL");
        }
        List<String> statements = new ArrayList<>();
        if (op.backfill() != null) {
            String column = quote(op.column());
            statements.add("UPDATE " + quoteQualified(op.table()) + " SET " + column + " = " + op.backfill()
                    + " WHERE " + column + " IS NULL");
        }
        statements.add(alterColumn(op.table(), op.column()) + " SET NOT NULL");
        return statements;
    }

    static List<String> defaultValue(AlterColumnDefault op) {
        return List.of(alterColumn(op.table(), op.column())
                + (op.defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT " + op.defaultValue()));
    }

    static List<String> addIdentity(AddIdentity op) {
        String kind = op.identity() == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        String column = quote(op.column());
        return List.of(alterColumn(op.table(), op.column()) + " ADD GENERATED " + kind + " AS IDENTITY",
                "SELECT setval(pg_get_serial_sequence(" + PostgresIdentifiers.literal(quoteQualified(op.table())) + ", "
                        + PostgresIdentifiers.literal(op.column()) + "), coalesce(max(" + column + "), 0) + 1, false) FROM "
                        + quoteQualified(op.table()));
    }

    static List<String> comment(AlterColumnComment op) {
        return List.of("COMMENT ON COLUMN " + quoteQualified(op.table()) + "." + quote(op.column()) + " IS "
                + (op.comment() == null ? "NULL" : PostgresIdentifiers.literal(op.comment())));
    }

    static List<String> tableComment(AlterTableComment op) {
        return List.of("COMMENT ON TABLE " + quoteQualified(op.table()) + " IS "
                + (op.comment() == null ? "NULL" : PostgresIdentifiers.literal(op.comment())));
    }

    static List<String> renameTable(RenameTable op) {
        List<String> statements = new ArrayList<>();
        String table = op.table();
        String targetSchema = schemaOf(op.newName());
        String currentSchema = schemaOf(table);
        if (!Objects.equals(targetSchema, currentSchema)) {
            statements.add("ALTER TABLE " + quoteQualified(table) + " SET SCHEMA "
                    + quote(targetSchema == null ? "public" : targetSchema));
            table = PostgresIdentifiers.qualify(targetSchema, nameOf(table));
        }
        if (!nameOf(table).equals(nameOf(op.newName()))) {
            statements.add("ALTER TABLE " + quoteQualified(table) + " RENAME TO " + quote(nameOf(op.newName())));
        }
        return statements;
    }

    static List<String> alterSequence(AlterSequence op) {
        return List.of("ALTER SEQUENCE " + quoteQualified(op.sequence().name()) + " INCREMENT BY "
                + op.sequence().increment() + " START WITH " + op.sequence().start());
    }

    /**
     * The sequence, and when it continues after a column, a {@code setval} that places its next value
     * at the column's largest value plus one increment (never below its start), so that a pooled
     * generator's first block, which ends at that value, begins after the rows already there.
     */
    static List<String> createSequence(CreateSequence op) {
        SequenceDef sequence = op.sequence();
        String create = "CREATE SEQUENCE " + quoteQualified(sequence.name()) + " START WITH " + sequence.start()
                + " INCREMENT BY " + sequence.increment();
        ContinueAfter after = op.continueAfter();
        if (after == null || sequence.increment() < 0) {
            return List.of(create);
        }
        return List.of(create, "SELECT setval(" + PostgresIdentifiers.literal(quoteQualified(sequence.name()))
                + ", greatest(coalesce(max(" + quote(after.column()) + "), 0) + " + sequence.increment() + ", "
                + sequence.start() + "), false) FROM " + quoteQualified(after.table()));
    }

    static String inSchemaOf(String table, String name) {
        String schema = schemaOf(table);
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    private static String alterColumn(String table, String column) {
        return "ALTER TABLE " + quoteQualified(table) + " ALTER COLUMN " + quote(column);
    }
}
