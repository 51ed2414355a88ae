package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.MigrationOperation;

import java.util.List;

/** Renders a planned upgrade or downgrade as a reviewable SQL script, one transaction per revision. */
final class SqlScript {
    private final SqlDialect dialect;
    private final HistoryTable history;

    SqlScript(SqlDialect dialect, HistoryTable history) {
        this.dialect = dialect;
        this.history = history;
    }

    String upgrade(List<ResolvedMigration> plan, List<Migration> instances, boolean createHistory) {
        StringBuilder sql = new StringBuilder("-- autogen upgrade: ").append(plan.size()).append(" revision(s)\n");
        if (createHistory && !plan.isEmpty()) {
            sql.append("\n-- the history table is created on first upgrade\n");
            history.createStatements().forEach(statement -> sql.append(statement).append(";\n"));
        }
        for (int i = 0; i < plan.size(); i++) {
            ResolvedMigration migration = plan.get(i);
            List<MigrationOperation> operations = migration.upgradeOperations(instances.get(i));
            sql.append("\n-- Revision ").append(migration.id()).append(": ").append(migration.message()).append('\n');
            sql.append("BEGIN;\n");
            appendStatements(sql, operations);
            sql.append("INSERT INTO ").append(history.sqlName())
                    .append(" (revision, parents, description, checksum, execution_ms, success) VALUES (")
                    .append(literal(migration.id())).append(", ").append(literal(String.join(",", migration.parents())))
                    .append(", ").append(literal(migration.message())).append(", ")
                    .append(literal(Checksums.of(operations))).append(", 0, true);\n");
            sql.append("COMMIT;\n");
        }
        return sql.toString();
    }

    String downgrade(List<ResolvedMigration> plan, List<Migration> instances) {
        StringBuilder sql = new StringBuilder("-- autogen downgrade: ").append(plan.size()).append(" revision(s)\n");
        for (int i = 0; i < plan.size(); i++) {
            ResolvedMigration migration = plan.get(i);
            sql.append("\n-- Undo revision ").append(migration.id()).append(": ").append(migration.message()).append('\n');
            sql.append("BEGIN;\n");
            appendStatements(sql, migration.downgradeOperations(instances.get(i)));
            sql.append("DELETE FROM ").append(history.sqlName()).append(" WHERE revision = ")
                    .append(literal(migration.id())).append(";\n");
            sql.append("COMMIT;\n");
        }
        return sql.toString();
    }

    private void appendStatements(StringBuilder sql, List<MigrationOperation> operations) {
        for (MigrationOperation operation : operations) {
            for (String statement : dialect.toSql(operation)) {
                sql.append(statement).append(";\n");
            }
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
