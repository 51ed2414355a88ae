package dev.autogen.cli;

import dev.autogen.database.RowCounts;
import dev.autogen.diff.Change;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.runtime.Plural;
import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.deploy.TerminalStyle;
import dev.autogen.runtime.ops.RenameTable;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The warnings {@code revision} prints: one line per review note of the upgrade, with the live row
 * count of the table it concerns, so that a reviewer sees at once whether a risky change meets data.
 */
final class RevisionWarnings {
    private final MigrationPlan plan;
    private final Map<String, Long> rowCounts;

    private RevisionWarnings(MigrationPlan plan, Map<String, Long> rowCounts) {
        this.plan = plan;
        this.rowCounts = rowCounts;
    }

    /** The warnings of a plan without row counts. */
    static RevisionWarnings of(MigrationPlan plan) {
        return new RevisionWarnings(plan, Map.of());
    }

    /**
     * The warnings of a plan with the row counts of the tables they concern and of the other given
     * tables (those the lock summary names), counted in the database.
     */
    static RevisionWarnings counted(MigrationPlan plan, Database database, Collection<String> lockedTables) {
        Set<String> tables = new LinkedHashSet<>();
        Map<String, String> oldNames = oldNames(plan);
        for (Change change : plan.upgrade()) {
            if (change.review() != null && change.operation().table() != null) {
                tables.add(oldNames.getOrDefault(change.operation().table(), change.operation().table()));
            }
        }
        tables.addAll(lockedTables);
        if (tables.isEmpty()) {
            return of(plan);
        }
        try (Connection connection = database.connect()) {
            return new RevisionWarnings(plan, RowCounts.of(connection, tables));
        } catch (SQLException e) {
            return of(plan);
        }
    }

    /** The exact row count of each table that could be counted, by its name before the migration. */
    Map<String, Long> rowCounts() {
        return rowCounts;
    }

    void print(PrintWriter err, TerminalStyle style) {
        Map<String, String> oldNames = oldNames(plan);
        boolean any = false;
        for (Change change : plan.upgrade()) {
            if (change.review() == null) {
                continue;
            }
            String table = change.operation().table();
            Long rows = table == null ? null : rowCounts.get(oldNames.getOrDefault(table, table));
            String suffix = rows == null ? "" : " (" + table + " holds " + Plural.of(rows, "row") + ")";
            List<String> lines = change.review().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                err.println(style.warning("WARNING:") + " " + style.review(VisibleText.oneLine(lines.get(i) + (i == lines.size() - 1 ? suffix : ""))));
            }
            any = true;
        }
        if (any) {
            err.println("Review the lines marked // REVIEW: in the generated file before you upgrade.");
        }
    }

    /** The name each renamed table had in the database, by its new name. */
    private static Map<String, String> oldNames(MigrationPlan plan) {
        Map<String, String> names = new HashMap<>();
        for (Change change : plan.upgrade()) {
            if (change.operation() instanceof RenameTable rename) {
                names.put(rename.newName(), names.getOrDefault(rename.table(), rename.table()));
            }
        }
        return names;
    }
}
