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
 * history table in step.
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
            sql.append("\n-- Revision ").append(migration.id()).append(": ").append(migration.message()).append('\n')
                    .append("-- Parents: ").append(migration.parents().isEmpty() ? "<base>" : String.join(", ", migration.parents()))
                    .append("; source: ").append(migration.origin()).append('\n');
            begin(sql, migration);
            appendStatements(sql, statements);
            sql.append("INSERT INTO ").append(history.sqlName())
                    .append(" (revision, parents, description, checksum, execution_ms, success) VALUES (")
                    .append(PostgresIdentifiers.literal(migration.id())).append(", ").append(PostgresIdentifiers.literal(String.join(",", migration.parents())))
                    .append(", ").append(PostgresIdentifiers.literal(migration.message())).append(", ")
                    .append(PostgresIdentifiers.literal(Checksums.ofStatements(statements))).append(", 0, true);\n");
            commit(sql, migration);
        }
        return sql.toString();
    }

    String downgrade(String range, List<ResolvedMigration> plan, List<Migration> instances) {
        StringBuilder sql = header("downgrade", range, plan.size());
        for (int i = 0; i < plan.size(); i++) {
            ResolvedMigration migration = plan.get(i);
            sql.append("\n-- Undo revision ").append(migration.id()).append(": ").append(migration.message()).append('\n');
            begin(sql, migration);
            appendStatements(sql, StatementRunner.statements(dialect, migration.downgradeOperations(instances.get(i))));
            sql.append("DELETE FROM ").append(history.sqlName()).append(" WHERE revision = ")
                    .append(PostgresIdentifiers.literal(migration.id())).append(";\n");
            commit(sql, migration);
        }
        return sql.toString();
    }

    private StringBuilder header(String direction, String range, int revisions) {
        return new StringBuilder("-- autogen ").append(direction).append(' ').append(range).append(": ")
                .append(revisions).append(" revision(s), ").append(dialect.name()).append(" dialect\n")
                .append("-- Run with: psql -v ON_ERROR_STOP=1 -f <this file>\n");
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
