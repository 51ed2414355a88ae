package dev.autogen.diff;

import dev.autogen.runtime.MigrationResult.Direction;
import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.schema.TableModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The changes that turn one existing column into its target: identity, default, nullability, type
 * and comment, in an order PostgreSQL accepts both ways. An identity is dropped first and added
 * last, since it needs {@code NOT NULL}; a default that may not survive a type change is dropped
 * before it and set after it.
 */
final class ColumnChanges {
    private ColumnChanges() {
    }

    /** The changes, in order; empty when the columns agree. */
    static List<Change> compare(ComparisonRules rules, TableModel targetTable, ColumnDef target,
                                TableModel currentTable, ColumnDef current) {
        String table = targetTable.name();
        String column = target.name();
        List<Change> changes = new ArrayList<>();
        boolean identityChanges = target.identity() != current.identity();
        boolean typeChanges = !rules.sameType(target.type(), current.type());
        boolean defaultChanges = !rules.sameDefault(target.defaultValue(), current.defaultValue());
        boolean splitDefault = typeChanges && current.defaultValue() != null && target.defaultValue() != null
                && (defaultChanges || rules.familyChanges(current.type(), target.type()));
        if (identityChanges && current.isIdentity()) {
            changes.add(Change.of(new DropIdentity(table, column, current.identity())));
        }
        if (splitDefault || defaultChanges && target.defaultValue() == null) {
            changes.add(Change.of(new AlterColumnDefault(table, column, null, current.defaultValue())));
        }
        if (target.nullable() && !current.nullable()) {
            Backfill backfill = rules.backfillForNulls(currentTable, current);
            changes.add(new Change(new AlterColumnNullability(table, column, true, backfill.expression()), null,
                    DowngradeNotes.setsNotNull(table + "." + column, backfill.review())));
        }
        if (typeChanges) {
            changes.add(typeChange(rules, targetTable, target, currentTable, current));
        }
        if (splitDefault) {
            changes.add(Change.of(new AlterColumnDefault(table, column, target.defaultValue(), null)));
        } else if (defaultChanges && target.defaultValue() != null) {
            changes.add(Change.of(new AlterColumnDefault(table, column, target.defaultValue(), current.defaultValue())));
        }
        if (!target.nullable() && current.nullable()) {
            Backfill backfill = rules.backfillForNulls(targetTable, target);
            changes.add(new Change(new AlterColumnNullability(table, column, false, backfill.expression()),
                    backfill.review(), null));
        }
        if (identityChanges && target.isIdentity()) {
            changes.add(Change.of(new AddIdentity(table, column, target.identity())));
        }
        if (!Objects.equals(target.comment(), current.comment())) {
            changes.add(Change.of(new AlterColumnComment(table, column, target.comment(), current.comment())));
        }
        return changes;
    }

    /**
     * The changes, in order; in the {@linkplain ColumnChangeForm#WHOLE_COLUMN whole-column form} each carries
     * the database column as it is before it.
     */
    static List<Change> compare(ComparisonRules rules, TableModel targetTable, ColumnDef target,
                                TableModel currentTable, ColumnDef current, ColumnChangeForm form) {
        List<Change> changes = compare(rules, targetTable, target, currentTable, current);
        return form == ColumnChangeForm.WHOLE_COLUMN ? ExistingColumnSteps.attach(changes, current) : changes;
    }

    private static Change typeChange(ComparisonRules rules, TableModel targetTable, ColumnDef target,
                                     TableModel currentTable, ColumnDef current) {
        TypeConversion forward = rules.typeConversion(Direction.UPGRADE, currentTable, current, targetTable, target);
        TypeConversion backward = rules.typeConversion(Direction.DOWNGRADE, targetTable, target, currentTable, current);
        return new Change(new AlterColumnType(targetTable.name(), target.name(), target.type(), current.type(),
                forward.using(), backward.using()), forward.review(), backward.review());
    }
}
