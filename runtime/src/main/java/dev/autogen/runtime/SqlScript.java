package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.MigrationOperation;

import java.util.List;

/**
 * Renders a planned upgrade or downgrade as a script a DBA can review and run with psql: it stops
 * at the first error, runs each revision in its own transaction (or says why not), and keeps the
 * history table in step. Text from migrations (messages, ids, file names) appears only in one-line
 * comments that no character of it can end, and string literals mean the same under either setting
 * of {@code standard_conforming_strings}.
 */
final class SqlScript {
    private final SqlDialect dialect;
    private final HistoryTable history;

    SqlScript(SqlDialect dialect, HistoryTable history) {
        this.dialect = dialect;
        this.history = history;
    }

    String upgrade(String range, List<ResolvedMigration> plan, List<Migration> instances, boolean createHistory) {
        StringBuilder sql = header("upgrade", range, plan.size());
        if (createHistory && !plan.isEmpty()) {
            sql.append("\n-- The history table, created on the first upgrade.\n");
            history.createStatements().forEach(statement -> sql.append(statement).append(";\n"));
        }
        for (int i = 0; i < plan.size(); i++) {
            ResolvedMigration migration = plan.get(i);
            List<String> statements = StatementRunner.statements(dialect, migration.upgradeOperations(instances.get(i)));
            MigrationChecks.beforeUpgrade(migration, statements);
            comment(sql.append('\n'), "Revision " + migration.id() + ": " + migration.message());
            comment(sql, "Parents: " + (migration.parents().isEmpty() ? "<base>" : String.join(", ", migration.parents()))
                    + "; source: " + migration.origin());
            begin(sql, migration);
            appendStatements(sql, statements);
            sql.append("INSERT INTO ").append(history.sqlName())
                    .append(" (revision, parents, description, checksum, execution_ms, success) VALUES (")
                    .append(PostgresIdentifiers.visibleLiteral(migration.id())).append(", ")
                    .append(PostgresIdentifiers.visibleLiteral(String.join(",", migration.parents())))
                    .append(", ").append(PostgresIdentifiers.visibleLiteral(migration.message())).append(", ")
                    .append(PostgresIdentifiers.literal(Checksums.ofStatements(statements))).append(", 0, true);\n");
            commit(sql, migration);
        }
        return sql.toString();
    }

    String downgrade(String range, List<ResolvedMigration> plan, List<Migration> instances) {
        StringBuilder sql = header("downgrade", range, plan.size());
        for (int i = 0; i < plan.size(); i++) {
            ResolvedMigration migration = plan.get(i);
            List<String> statements = StatementRunner.statements(dialect, migration.downgradeOperations(instances.get(i)));
            MigrationChecks.beforeDowngrade(migration, statements);
            comment(sql.append('\n'), "Undo revision " + migration.id() + ": " + migration.message());
            begin(sql, migration);
            appendStatements(sql, statements);
            sql.append("DELETE FROM ").append(history.sqlName()).append(" WHERE revision = ")
                    .append(PostgresIdentifiers.visibleLiteral(migration.id())).append(";\n");
            commit(sql, migration);
        }
        return sql.toString();
    }

    private StringBuilder header(String direction, String range, int revisions) {
        StringBuilder sql = comment(new StringBuilder(), "autogen " + direction + " " + range + ": " + revisions
                + " revision(s), " + dialect.name() + " dialect");
        return sql.append("-- Run with: psql -v ON_ERROR_STOP=1 -f <this file>\n")
                .append("SET standard_conforming_strings = on;\n");
    }

    /** Appends one comment line; no character of the text can end it or hide text from the reader. */
    private static StringBuilder comment(StringBuilder sql, String text) {
        return sql.append("-- ").append(VisibleText.oneLine(text)).append('\n');
    }

    private static void begin(StringBuilder sql, ResolvedMigration migration) {
        if (migration.transactional()) {
            sql.append("BEGIN;\n");
        } else {
            sql.append("-- Runs outside a transaction (@Revision(transactional = false)): statement by statement.\n");
        }
    }

    private static void commit(StringBuilder sql, ResolvedMigration migration) {
        if (migration.transactional()) {
            sql.append("COMMIT;\n");
        }
    }

    private static void appendStatements(StringBuilder sql, List<String> statements) {
        for (String statement : statements) {
            sql.append(statement).append(";\n");
        }
    }
}
