package dev.autogen.diff;

import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.MigrationOperation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Flags a {@code NOT NULL} foreign key column added to a table that holds rows when the table it
 * references holds none (it is empty, or created by the same plan): the existing rows are
 * backfilled with the smallest key of that table, which is {@code NULL}, so the upgrade fails. The
 * change gets a review note that says so and what to do instead.
 */
public final class EmptyReferences {
    private EmptyReferences() {
    }

    /** The tables whose row counts the check needs: those the plan adds such columns to, and those they reference. */
    public static Set<String> tablesToCount(MigrationPlan plan) {
        Set<String> tables = new LinkedHashSet<>();
        for (Change change : plan.upgrade()) {
            referenced(plan, change.operation()).ifPresent(fk -> {
                tables.add(change.operation().table());
                tables.add(fk.referencedTable());
            });
        }
        return tables;
    }

    /**
     * The plan with a review note on each such column.
     *
     * @param rows the row count of a table by its name in the plan, or {@code null} when unknown
     */
    public static MigrationPlan flag(MigrationPlan plan, Function<String, Long> rows) {
        Set<String> created = new LinkedHashSet<>();
        plan.operations().forEach(op -> {
            if (op instanceof CreateTable create) {
                created.add(create.definition().name());
            }
        });
        List<Change> changes = new ArrayList<>();
        boolean flagged = false;
        for (Change change : plan.upgrade()) {
            Optional<ForeignKeyDef> fk = referenced(plan, change.operation());
            Long tableRows = fk.isEmpty() ? null : rows.apply(change.operation().table());
            if (fk.isPresent() && tableRows != null && tableRows > 0 && isEmpty(fk.get().referencedTable(), created, rows)) {
                changes.add(new Change(change.operation(), withNote(change, fk.get()), change.reverseReview()));
                flagged = true;
            } else {
                changes.add(change);
            }
        }
        return flagged ? new MigrationPlan(changes, plan.possibleRenames()) : plan;
    }

    private static boolean isEmpty(String table, Set<String> created, Function<String, Long> rows) {
        Long count = rows.apply(table);
        return created.contains(table) || count != null && count == 0;
    }

    private static String withNote(Change change, ForeignKeyDef fk) {
        AddColumn add = (AddColumn) change.operation();
        String column = add.table() + "." + add.column().name();
        String note = "the upgrade fails: " + fk.referencedTable() + " holds no rows, so the existing rows of "
                + add.table() + " get NULL as " + column + ", which NOT NULL rejects; insert the referenced "
                + fk.referencedTable() + " row first (op.execute(\"INSERT INTO ...\") before this line), or make "
                + column + " nullable first and set NOT NULL once every row has a reference";
        return change.review() == null ? note : change.review() + "\n" + note;
    }

    /** The foreign key, added by the plan, of a {@code NOT NULL} column that the operation adds with a backfill. */
    private static Optional<ForeignKeyDef> referenced(MigrationPlan plan, MigrationOperation operation) {
        if (!(operation instanceof AddColumn add) || add.column().nullable() || add.column().backfill() == null) {
            return Optional.empty();
        }
        return plan.operations().stream()
                .filter(op -> op instanceof AddForeignKey key && key.table().equals(add.table())
                        && key.foreignKey().columns().equals(List.of(add.column().name())))
                .map(op -> ((AddForeignKey) op).foreignKey())
                .findFirst();
    }
}
