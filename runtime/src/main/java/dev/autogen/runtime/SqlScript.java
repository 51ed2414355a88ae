package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.graph.Squashes;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.MigrationOperation;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a planned upgrade or downgrade as a script a DBA can review and run with psql: it stops
 * at the first error, runs each revision in its own transaction (or says why not), and keeps the
 * history table in step. A stepped revision (lock-safe forms) commits after each step, puts its
 * {@code CONCURRENTLY} statements outside any {@code BEGIN … COMMIT}, and records itself in the
 * transaction of its last step; comments say so where it happens. Text from migrations (messages, ids, file names) appears only in one-line
 * comments that no character of it can end, and string literals mean the same under either setting
 * of {@code standard_conforming_strings}.
 */
final class SqlScript {
    private final SqlDialect dialect;
    private final HistoryTable history;

    private final Squashes squashes;

    SqlScript(SqlDialect dialect, HistoryTable history) {
        this(dialect, history, Squashes.none());
    }

    /** A script whose undone squashed revisions also delete the records of the revisions they replace. */
    SqlScript(SqlDialect dialect, HistoryTable history, Squashes squashes) {
        this.dialect = dialect;
        this.history = history;
        this.squashes = squashes;
    }

    String upgrade(String range, List<ResolvedMigration> plan, List<Migration> instances, boolean createHistory) {
        StringBuilder sql = header("upgrade", range, plan.size());
        if (createHistory && !plan.isEmpty()) {
            sql.append("\n-- The history table, created on the first upgrade.\n");
            history.createStatements().forEach(statement -> sql.append(statement).append(";\n"));
        }
        for (int i = 0; i < plan.size(); i++) {
            ResolvedMigration migration = plan.get(i);
            SteppedPlan steps = SteppedPlan.of(dialect, migration.upgradeOperations(instances.get(i)));
            List<String> statements = steps.statements();
            MigrationChecks.beforeUpgrade(migration, statements);
            comment(sql.append('\n'), "Revision " + migration.id() + ": " + migration.message());
            comment(sql, "Parents: " + (migration.parents().isEmpty() ? "<base>" : String.join(", ", migration.parents()))
                    + "; source: " + migration.origin());
            String record = "INSERT INTO " + history.sqlName()
                    + " (revision, parents, description, checksum, execution_ms, success) VALUES ("
                    + PostgresIdentifiers.visibleLiteral(migration.id()) + ", "
                    + PostgresIdentifiers.visibleLiteral(String.join(",", migration.parents())) + ", "
                    + PostgresIdentifiers.visibleLiteral(migration.message()) + ", "
                    + PostgresIdentifiers.literal(Checksums.ofStatements(statements)) + ", 0, true);\n";
            if (migration.transactional() && steps.stepped()) {
                appendSteps(sql, steps, record, "upgrade");
                continue;
            }
            begin(sql, migration);
            appendStatements(sql, statements);
            sql.append(record);
            commit(sql, migration);
        }
        return sql.toString();
    }

    /** The condition on the history rows an undone migration leaves: its own, and those it squashes. */
    private String recordsOf(ResolvedMigration migration) {
        if (squashes.replacedBy(migration.id()).isEmpty()) {
            return "= " + PostgresIdentifiers.visibleLiteral(migration.id());
        }
        List<String> ids = new ArrayList<>(List.of(migration.id()));
        ids.addAll(squashes.replacedBy(migration.id()));
        return "IN (" + String.join(", ", ids.stream().map(PostgresIdentifiers::visibleLiteral).toList()) + ")";
    }

    String downgrade(String range, List<ResolvedMigration> plan, List<Migration> instances) {
        StringBuilder sql = header("downgrade", range, plan.size());
        for (int i = 0; i < plan.size(); i++) {
            ResolvedMigration migration = plan.get(i);
            SteppedPlan steps = SteppedPlan.of(dialect, migration.downgradeOperations(instances.get(i)));
            List<String> statements = steps.statements();
            MigrationChecks.beforeDowngrade(migration, statements);
            comment(sql.append('\n'), "Undo revision " + migration.id() + ": " + migration.message());
            String record = "DELETE FROM " + history.sqlName() + " WHERE revision " + recordsOf(migration) + ";\n";
            if (migration.transactional() && steps.stepped()) {
                appendSteps(sql, steps, record, "downgrade");
                continue;
            }
            begin(sql, migration);
            appendStatements(sql, statements);
            sql.append(record);
            commit(sql, migration);
        }
        return sql.toString();
    }

    /**
     * A stepped revision: each unit in a transaction of its own, a statement that must run outside a
     * transaction without one, and the history change in the transaction of the last unit (or one of
     * its own after a last statement outside a transaction).
     */
    private static void appendSteps(StringBuilder sql, SteppedPlan steps, String record, String direction) {
        List<SteppedPlan.Unit> units = steps.units();
        comment(sql, "Runs in " + units.size() + " steps that each commit on their own (lock-safe forms), so that no"
                + " step holds its lock while the next one runs. If psql stops at a step, the steps before it have"
                + " committed and " + direction + " of this revision is not recorded: fix the cause, then run the"
                + " statements from the failing step on.");
        for (int i = 0; i < units.size(); i++) {
            SteppedPlan.Unit unit = units.get(i);
            boolean last = i == units.size() - 1;
            String step = "Step " + (i + 1) + " of " + units.size();
            if (unit.outside()) {
                comment(sql, step + ": outside a transaction block, where a CONCURRENTLY statement must run; a failed"
                        + " CREATE INDEX CONCURRENTLY leaves an INVALID index to drop (DROP INDEX CONCURRENTLY) before"
                        + " running it again.");
                appendStatements(sql, steps.statements(unit));
                if (last) {
                    sql.append("BEGIN;\n").append(record).append("COMMIT;\n");
                }
            } else {
                comment(sql, step + ": commits on its own.");
                sql.append("BEGIN;\n");
                appendStatements(sql, steps.statements(unit));
                if (last) {
                    sql.append(record);
                }
                sql.append("COMMIT;\n");
            }
        }
    }

    private StringBuilder header(String direction, String range, int revisions) {
        StringBuilder sql = comment(new StringBuilder(), "autogen " + direction + " " + range + ": "
                + Plural.of(revisions, "revision") + ", " + dialect.name() + " dialect");
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
