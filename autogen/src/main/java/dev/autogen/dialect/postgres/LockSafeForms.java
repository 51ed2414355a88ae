package dev.autogen.dialect.postgres;

import dev.autogen.diff.Change;
import dev.autogen.diff.ComparisonRules;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddPrimaryKeyUsingIndex;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.ValidateConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a plan's plain DDL on tables that already exist into the forms that do not stall a live
 * table: an index is built or dropped {@code CONCURRENTLY}; a foreign key or check is added
 * {@code NOT VALID} and then validated, which scans under a lock that lets reads and writes go on;
 * {@code NOT NULL} is set through a validated {@code CHECK (col IS NOT NULL)}; a unique constraint or
 * primary key is added over a unique index built concurrently. Changes that have no online form keep
 * their DDL and get the review notes of {@link RewriteReviews}.
 *
 * <p>A table created by the plan keeps the plain forms: it is empty, and nobody else uses it yet. So
 * does an index dropped with its table. Everything on a table that exists stays safe, even on a
 * column the plan adds (the table still holds rows) and for a foreign key to a table the plan
 * creates (the scan that validates it reads the existing, referencing table).
 */
final class LockSafeForms {
    private final Set<String> createdTables = new HashSet<>();
    private final Set<String> droppedTables = new HashSet<>();

    private LockSafeForms(List<Change> plan) {
        for (Change change : plan) {
            if (change.operation() instanceof CreateTable create) {
                createdTables.add(create.definition().name());
            } else if (change.operation() instanceof DropTable drop) {
                droppedTables.add(drop.table());
            }
        }
    }

    /** The plan with its changes to existing tables in their lock-safe forms, in the same order. */
    static List<Change> apply(ComparisonRules rules, List<Change> plan) {
        LockSafeForms forms = new LockSafeForms(plan);
        List<Change> safe = new ArrayList<>(plan.size());
        plan.forEach(change -> safe.addAll(forms.safe(RewriteReviews.annotate(rules, change))));
        return safe;
    }

    private List<Change> safe(Change change) {
        MigrationOperation op = change.operation();
        String table = op.table();
        if (table == null || createdTables.contains(table)) {
            return List.of(change);
        }
        if (op instanceof DropIndex drop && !droppedTables.contains(table)) {
            return List.of(with(change, new DropIndex(table, drop.name(), drop.previous(), true)));
        }
        if (op instanceof CreateIndex create) {
            return List.of(with(change, new CreateIndex(table, create.index(), true)));
        }
        if (op instanceof AddForeignKey add) {
            return List.of(with(change, new AddForeignKey(table, add.foreignKey(), true)),
                    Change.of(new ValidateConstraint(table, add.foreignKey().name())));
        }
        if (op instanceof AddCheck add) {
            return List.of(with(change, new AddCheck(table, add.check(), true)),
                    Change.of(new ValidateConstraint(table, add.check().name())));
        }
        if (op instanceof AlterColumnNullability alter && !alter.nullable()) {
            return List.of(with(change, new SetNotNullViaCheck(table, alter.column(), alter.backfill(), alter.existing())));
        }
        if (op instanceof AddUnique add) {
            return List.of(with(change, new AddUniqueUsingIndex(table, add.unique())));
        }
        if (op instanceof AddPrimaryKey add) {
            return List.of(with(change, new AddPrimaryKeyUsingIndex(table, add.primaryKey())));
        }
        return List.of(change);
    }

    private static Change with(Change change, MigrationOperation operation) {
        return new Change(operation, change.review(), change.reverseReview());
    }
}
