package dev.autogen.runtime.deploy;

import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.dialect.LockVerdict;
import dev.autogen.runtime.dialect.OperationLocks;
import dev.autogen.runtime.dialect.StatementLocks;
import dev.autogen.runtime.dialect.TableLock;
import dev.autogen.runtime.load.ResolvedMigration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One revision as {@code lint} judges it: the lock summary of its upgrade and the review notes of its
 * source, printed as text lines or as a JSON object.
 *
 * @param migration the revision
 * @param summary   the locks of its upgrade, with row counts
 * @param notes     its {@code // REVIEW:} notes, paired with the operations
 */
record LintedRevision(ResolvedMigration migration, LockSummary summary, ReviewNotes notes) {
    /** Whether the operation at this index is risky or unrecognised and has no note. */
    boolean unreviewed(int index) {
        return operations().get(index).verdict() != LockVerdict.SAFE && !notes.isNoted(index);
    }

    /** How many of its operations are risky or unrecognised and have no note. */
    int unreviewedCount() {
        int count = 0;
        for (int i = 0; i < operations().size(); i++) {
            count += unreviewed(i) ? 1 : 0;
        }
        return count;
    }

    /** The text lines: a header, one aligned line per operation, the reasons of unreviewed ones below them. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(migration.id() + " " + VisibleText.oneLine(migration.message()) + " (" + migration.origin() + ")");
        List<List<String>> cells = new ArrayList<>();
        List<List<String>> summaryCells = summary.cells();
        for (int i = 0; i < operations().size(); i++) {
            List<String> line = new ArrayList<>(summaryCells.get(i));
            line.add(operations().get(i).verdict() == LockVerdict.SAFE ? "" : unreviewed(i) ? "NO REVIEW NOTE" : "reviewed");
            cells.add(line);
        }
        List<String> aligned = LockSummary.align(cells, "  ");
        for (int i = 0; i < aligned.size(); i++) {
            lines.add(aligned.get(i));
            if (unreviewed(i)) {
                operations().get(i).reasons().forEach(reason -> lines.add("      " + VisibleText.oneLine(reason)));
            }
        }
        if (operations().isEmpty()) {
            lines.add("  (no operations)");
        }
        if (unreviewedCount() > 0 && notes.problem() != null) {
            lines.add("  Notes not read: " + notes.problem() + ".");
        }
        return lines;
    }

    /** The revision as a JSON-ready map. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", migration.id());
        json.put("message", migration.message());
        json.put("file", migration.origin());
        json.put("notesProblem", notes.problem());
        List<Object> operations = new ArrayList<>();
        List<List<String>> cells = summary.cells();
        for (int i = 0; i < operations().size(); i++) {
            OperationLocks operation = operations().get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("operation", operation.operation().describe());
            entry.put("table", operation.table());
            entry.put("newTable", operation.table() != null && summary.locks().newTables().contains(operation.table()));
            entry.put("rows", operation.table() == null ? null : summary.rows().get(operation.table()));
            entry.put("rowsEstimated", summary.estimated());
            entry.put("lock", cells.get(i).get(1));
            entry.put("effect", cells.get(i).get(2));
            entry.put("verdict", operation.verdict().name());
            entry.put("reviewNote", operation.verdict() == LockVerdict.SAFE ? null : !unreviewed(i));
            entry.put("reasons", operation.reasons());
            entry.put("statements", operation.statements().stream().map(LintedRevision::statement).toList());
            operations.add(entry);
        }
        json.put("operations", operations);
        return json;
    }

    private static Map<String, Object> statement(StatementLocks statement) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sql", statement.sql());
        json.put("execution", statement.execution().name());
        List<Object> locks = new ArrayList<>();
        for (TableLock lock : statement.locks()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("table", lock.table());
            entry.put("mode", lock.mode().sql());
            locks.add(entry);
        }
        json.put("locks", locks);
        json.put("work", statement.work().name());
        json.put("verdict", statement.verdict().name());
        json.put("reason", statement.reason());
        return json;
    }

    private List<OperationLocks> operations() {
        return summary.locks().operations();
    }
}
