package dev.autogen.diff;

import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.schema.TableModel;

import dev.autogen.runtime.MigrationResult.Direction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The review notes for constraints added to a table that may hold rows, on columns it already had:
 * such a constraint fails the migration (the upgrade, or the downgrade that adds it back) when existing rows
 * violate it. Columns added in the same plan
 * are covered by their own backfill notes.
 */
public final class ConstraintReviews {
    private ConstraintReviews() {
    }

    static String primaryKey(Direction direction, TableModel before, List<String> columns) {
        if (!existing(before, columns) || keptUnique(before, columns)) {
            return null;
        }
        return "adds a primary key on " + where(before, columns)
                + ": " + fails(direction) + " if the table holds duplicate or NULL values there";
    }

    static String unique(Direction direction, TableModel before, List<String> columns) {
        if (!existing(before, columns) || keptUnique(before, columns)) {
            return null;
        }
        return "adds a unique constraint on " + where(before, columns)
                + ": " + fails(direction) + " if the table holds duplicate values there";
    }

    static String foreignKey(Direction direction, TableModel before, ForeignKeyDef foreignKey) {
        boolean enforced = before.foreignKeys().stream().anyMatch(fk -> fk.columns().equals(foreignKey.columns())
                && fk.referencedTable().equals(foreignKey.referencedTable())
                && fk.referencedColumns().equals(foreignKey.referencedColumns()));
        if (!existing(before, foreignKey.columns()) || enforced) {
            return null;
        }
        return "adds a foreign key on " + where(before, foreignKey.columns()) + " to " + foreignKey.referencedTable()
                + ": " + fails(direction) + " if a row refers to a missing " + foreignKey.referencedTable() + " row";
    }

    /** The note for a check added where {@code previous} (or none) was. */
    static String check(ComparisonRules rules, Direction direction, TableModel before, CheckDef check,
                        CheckDef previous) {
        List<String> columns = rules.referencedColumns(check.expression(),
                before.columns().stream().map(ColumnDef::name).toList());
        if (columns.isEmpty()) {
            return null;
        }
        Optional<CheckDomain> domain = rules.checkDomain(check.expression());
        Optional<CheckDomain> old = previous == null ? domainOf(rules, before, domain)
                : rules.checkDomain(previous.expression());
        if (domain.isPresent() && old.isPresent() && domain.get().range() != old.get().range()
                && domain.get().column().equals(old.get().column())) {
            return null;
        }
        if (domain.isPresent() && old.isPresent() && domain.get().column().equals(old.get().column())) {
            String where = before.name() + "." + domain.get().column();
            if (domain.get().range()) {
                return narrowerRange(domain.get().values(), old.get().values()) ? "narrows the range of " + where
                        + " to " + String.join("..", domain.get().values())
                        + ": " + fails(direction) + " if a row holds a value outside it" : null;
            }
            List<String> removed = old.get().values().stream().filter(v -> !domain.get().values().contains(v)).toList();
            return removed.isEmpty() ? null : "no longer allows " + String.join(", ", removed) + " in " + where
                    + ": " + fails(direction) + " if a row holds one of them";
        }
        return "adds check constraint " + check.name() + " (" + check.expression() + ") on " + before.name()
                + ": " + fails(direction) + " if a row violates it";
    }

    /** "the upgrade fails" or "the downgrade fails": which method of the migration the note is in. */
    public static String fails(Direction direction) {
        return "the " + direction.name().toLowerCase(Locale.ROOT) + " fails";
    }

    /** The values the table restricts the same column to, by a check of any name. */
    private static Optional<CheckDomain> domainOf(ComparisonRules rules, TableModel table,
                                                 Optional<CheckDomain> domain) {
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        return rules.checkDomainOf(table, domain.get().column());
    }

    private static boolean narrowerRange(List<String> range, List<String> old) {
        try {
            return Double.parseDouble(range.get(0)) > Double.parseDouble(old.get(0))
                    || Double.parseDouble(range.get(1)) < Double.parseDouble(old.get(1));
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Whether the table already keeps these columns unique, by its key, a unique constraint or a unique index. */
    private static boolean keptUnique(TableModel table, List<String> columns) {
        return table.primaryKey() != null && table.primaryKey().columns().equals(columns)
                || table.uniques().stream().anyMatch(u -> u.columns().equals(columns))
                || table.indexes().stream().anyMatch(i -> i.unique() && i.columns().equals(columns));
    }

    private static boolean existing(TableModel before, List<String> columns) {
        return columns.stream().allMatch(c -> before.column(c).isPresent());
    }

    private static String where(TableModel table, List<String> columns) {
        return table.name() + " (" + String.join(", ", columns) + ")";
    }
}
