package dev.autogen.runtime;

import dev.autogen.runtime.dialect.ScriptFormat;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.graph.Squashes;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.MigrationOperation;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a planned upgrade or downgrade as a script a DBA can review and run with the database's
 * client, spelled as the dialect's {@link ScriptFormat} says: it stops at the first error, runs each
 * revision in its own transaction (or says why not), and keeps the history table in step. A stepped
 * revision (lock-safe forms) commits after each step, puts the statements that must run outside a
 * transaction block outside any transaction, and records itself in the transaction of its last step;
 * comments say so where it happens. A format that frames no transactions (DDL that commits implicitly)
 * gets the same statements without them, and its header notes say what a stop leaves. Text from migrations (messages, ids, file names) appears only in
 * one-line comments that no character of it can end, and in the format's literals.
 */
final class SqlScript {
    private final SqlDialect dialect;
    private final ScriptFormat format;
    private final HistoryTable history;

    private final Squashes squashes;

    SqlScript(SqlDialect dialect, HistoryTable history) {
        this(dialect, history, Squashes.none());
    }

    /** A script whose undone squashed revisions also delete the records of the revisions they replace. */
    SqlScript(SqlDialect dialect, HistoryTable history, Squashes squashes) {
        this.dialect = dialect;
        this.format = dialect.scriptFormat();
        this.history = history;
        this.squashes = squashes;
    }

    String upgrade(String range, List<ResolvedMigration> plan, List<Migration> instances, boolean createHistory) {
        StringBuilder sql = header("upgrade", range, plan.size());
        if (createHistory && !plan.isEmpty()) {
            comment(sql.append('\n'), "The history table, created on the first upgrade.");
            history.createStatements().forEach(statement -> sql.append(format.statement(statement)));
        }
        for (int i = 0; i < plan.size(); i++) {
            ResolvedMigration migration = plan.get(i);
            SteppedPlan steps = SteppedPlan.of(dialect, migration.upgradeOperations(instances.get(i)));
            List<String> statements = steps.statements();
            MigrationChecks.beforeUpgrade(migration, statements);
            comment(sql.append('\n'), "Revision " + migration.id() + ": " + migration.message());
            comment(sql, "Parents: " + (migration.parents().isEmpty() ? "<base>" : String.join(", ", migration.parents()))
                    + "; source: " + migration.origin());
            String record = format.statement("INSERT INTO " + history.sqlName()
                    + " (revision, parents, description, checksum, execution_ms, success) VALUES ("
                    + format.literal(migration.id()) + ", "
                    + format.literal(String.join(",", migration.parents())) + ", "
                    + format.literal(migration.message()) + ", "
                    + format.literal(Checksums.ofStatements(statements)) + ", 0, true)");
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
            return "= " + format.literal(migration.id());
        }
        List<String> ids = new ArrayList<>(List.of(migration.id()));
        ids.addAll(squashes.replacedBy(migration.id()));
        return "IN (" + String.join(", ", ids.stream().map(format::literal).toList()) + ")";
    }

    String downgrade(String range, List<ResolvedMigration> plan, List<Migration> instances) {
        StringBuilder sql = header("downgrade", range, plan.size());
        for (int i = 0; i < plan.size(); i++) {
            ResolvedMigration migration = plan.get(i);
            SteppedPlan steps = SteppedPlan.of(dialect, migration.downgradeOperations(instances.get(i)));
            List<String> statements = steps.statements();
            MigrationChecks.beforeDowngrade(migration, statements);
            comment(sql.append('\n'), "Undo revision " + migration.id() + ": " + migration.message());
            String record = format.statement("DELETE FROM " + history.sqlName() + " WHERE revision "
                    + recordsOf(migration));
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
    private void appendSteps(StringBuilder sql, SteppedPlan steps, String record, String direction) {
        List<SteppedPlan.Unit> units = steps.units();
        comment(sql, "Runs in " + units.size() + " steps that each commit on their own (lock-safe forms), so that no"
                + " step holds its lock while the next one runs. If " + format.runner() + " stops at a step, the steps"
                + " before it have committed and " + direction + " of this revision is not recorded: fix the cause,"
                + " then run the statements from the failing step on.");
        for (int i = 0; i < units.size(); i++) {
            SteppedPlan.Unit unit = units.get(i);
            boolean last = i == units.size() - 1;
            String step = "Step " + (i + 1) + " of " + units.size();
            if (unit.outside()) {
                comment(sql, step + ": " + format.outsideTransaction());
                appendStatements(sql, steps.statements(unit));
                if (last) {
                    sql.append(framed(format.begin())).append(record).append(framed(format.commit()));
                }
            } else {
                comment(sql, step + ": commits on its own.");
                sql.append(framed(format.begin()));
                appendStatements(sql, steps.statements(unit));
                if (last) {
                    sql.append(record);
                }
                sql.append(framed(format.commit()));
            }
        }
    }

    private StringBuilder header(String direction, String range, int revisions) {
        StringBuilder sql = comment(new StringBuilder(), "autogen " + direction + " " + range + ": "
                + Plural.of(revisions, "revision") + ", " + dialect.name() + " dialect");
        format.howToRun().ifPresent(command -> comment(sql, "Run with: " + command));
        format.notes().forEach(note -> comment(sql, note));
        format.setup().forEach(statement -> sql.append(format.statement(statement)));
        return sql;
    }

    /** Appends one comment line; no character of the text can end it or hide text from the reader. */
    private StringBuilder comment(StringBuilder sql, String text) {
        return sql.append(format.comment(VisibleText.oneLine(text)));
    }

    private void begin(StringBuilder sql, ResolvedMigration migration) {
        if (migration.transactional()) {
            sql.append(framed(format.begin()));
        } else {
            comment(sql, "Runs outside a transaction (@Revision(transactional = false)): statement by statement.");
        }
    }

    private void commit(StringBuilder sql, ResolvedMigration migration) {
        if (migration.transactional()) {
            sql.append(framed(format.commit()));
        }
    }

    /** The transaction statement, or nothing where the format frames no transactions. */
    private String framed(String transactionStatement) {
        return format.framesTransactions() ? format.statement(transactionStatement) : "";
    }

    private void appendStatements(StringBuilder sql, List<String> statements) {
        for (String statement : statements) {
            sql.append(format.statement(statement));
        }
    }
}
