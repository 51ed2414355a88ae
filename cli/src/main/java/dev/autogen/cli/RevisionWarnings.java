package dev.autogen.cli;

import dev.autogen.database.CatalogReader;
import dev.autogen.database.RowCounts;
import dev.autogen.dialect.DatabaseDialects;
import dev.autogen.diff.Change;
import dev.autogen.diff.EmptyReferences;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.runtime.Plural;
import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.deploy.TerminalStyle;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.RenameTable;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The warnings {@code revision} prints: one line per review note of the upgrade, with the live row
 * count of the table it concerns, so that a reviewer sees at once whether a risky change meets data.
 */
final class RevisionWarnings {
    private final MigrationPlan plan;
    private final Map<String, Long> rowCounts;
    private final Map<String, RowCounts.TableRows> tableRows;
    private final Function<MigrationOperation, String> affectedRows;

    private RevisionWarnings(MigrationPlan plan, Map<String, RowCounts.TableRows> tableRows,
                             Function<MigrationOperation, String> affectedRows) {
        this.plan = plan;
        this.tableRows = tableRows;
        this.affectedRows = affectedRows;
        this.rowCounts = new LinkedHashMap<>();
        tableRows.forEach((table, rows) -> rowCounts.put(table, rows.total()));
    }

    /** The warnings of a plan without row counts. */
    static RevisionWarnings of(MigrationPlan plan) {
        return new RevisionWarnings(plan, Map.of(), operation -> null);
    }

    /**
     * The warnings of a plan with the row counts of the tables they concern and of the other given
     * tables (those the lock summary names), counted in the database with one query per table, which
     * also counts the rows each reviewed change touches (see {@link CatalogReader#affectedRows}). A {@code NOT NULL}
     * foreign key column backfilled from an empty table gets a review note (see {@link EmptyReferences}).
     */
    static RevisionWarnings counted(MigrationPlan plan, Database database, Collection<String> lockedTables) {
        return counted(plan, database, lockedTables,
                DatabaseDialects.defaultDialect().catalogReader(List.of(), HistoryTable.DEFAULT_NAME, database.mask()));
    }

    /** {@link #counted(MigrationPlan, Database, Collection)}, counting with the given database's catalog reader. */
    static RevisionWarnings counted(MigrationPlan plan, Database database, Collection<String> lockedTables,
                                    CatalogReader reader) {
        Map<String, Set<String>> conditions = new LinkedHashMap<>();
        Map<String, String> oldNames = oldNames(plan);
        for (Change change : plan.upgrade()) {
            if (change.review() != null && change.operation().table() != null) {
                Set<String> table = conditions.computeIfAbsent(oldName(oldNames, change.operation().table()),
                        t -> new LinkedHashSet<>());
                String condition = reader.affectedRows(change.operation());
                if (condition != null) {
                    table.add(condition);
                }
            }
        }
        EmptyReferences.tablesToCount(plan).forEach(t -> conditions.putIfAbsent(oldName(oldNames, t), new LinkedHashSet<>()));
        lockedTables.forEach(t -> conditions.putIfAbsent(t, new LinkedHashSet<>()));
        if (conditions.isEmpty()) {
            return of(plan);
        }
        try (Connection connection = database.connect()) {
            Map<String, RowCounts.TableRows> rows = reader.rowsMatching(connection, conditions);
            MigrationPlan flagged = EmptyReferences.flag(plan, table -> {
                RowCounts.TableRows counted = rows.get(oldName(oldNames, table));
                return counted == null ? null : counted.total();
            });
            return new RevisionWarnings(flagged, rows, reader::affectedRows);
        } catch (SQLException e) {
            return of(plan);
        }
    }

    /** The plan, with the review notes that only the row counts could tell. */
    MigrationPlan plan() {
        return plan;
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
            String suffix = rowsSuffix(change, oldNames);
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

    /**
     * How many rows a change touches: {@code (t holds N rows)} when it touches them all, otherwise
     * {@code (affects K of the N rows in t)}; nothing when the table was not counted.
     */
    private String rowsSuffix(Change change, Map<String, String> oldNames) {
        String table = change.operation().table();
        RowCounts.TableRows rows = table == null ? null : tableRows.get(oldName(oldNames, table));
        if (rows == null) {
            return "";
        }
        String condition = affectedRows.apply(change.operation());
        Long affected = condition == null ? null : rows.matching().get(condition);
        if (affected == null) {
            return " (" + table + " holds " + Plural.of(rows.total(), "row") + ")";
        }
        return " (affects " + affected + " of the " + Plural.of(rows.total(), "row") + " in " + table + ")";
    }

    private static String oldName(Map<String, String> oldNames, String table) {
        return oldNames.getOrDefault(table, table);
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
