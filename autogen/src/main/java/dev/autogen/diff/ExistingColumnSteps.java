package dev.autogen.diff;

import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.MigrationOperation;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each of the changes to one column the column as it is just before that change: the database
 * column, with the changes before it applied in order. A dialect that restates the whole column renders
 * each step from it without losing what earlier steps did.
 */
final class ExistingColumnSteps {
    private ExistingColumnSteps() {
    }

    /** The changes, in the same order, each carrying the column as it is before it. */
    static List<Change> attach(List<Change> changes, ColumnDef current) {
        ColumnDef state = current.withoutBackfill();
        List<Change> attached = new ArrayList<>(changes.size());
        for (Change change : changes) {
            attached.add(new Change(withExisting(change.operation(), state), change.review(), change.reverseReview()));
            state = after(change.operation(), state);
        }
        return attached;
    }

    private static MigrationOperation withExisting(MigrationOperation op, ColumnDef existing) {
        if (op instanceof AlterColumnType t) {
            return new AlterColumnType(t.table(), t.column(), t.type(), t.previousType(), t.using(), t.reverseUsing(),
                    existing);
        }
        if (op instanceof AlterColumnNullability n) {
            return new AlterColumnNullability(n.table(), n.column(), n.nullable(), n.backfill(), existing);
        }
        if (op instanceof AlterColumnDefault d) {
            return new AlterColumnDefault(d.table(), d.column(), d.defaultValue(), d.previousDefault(), existing);
        }
        if (op instanceof AlterColumnComment c) {
            return new AlterColumnComment(c.table(), c.column(), c.comment(), c.previousComment(), existing);
        }
        if (op instanceof AddIdentity a) {
            return new AddIdentity(a.table(), a.column(), a.identity(), existing);
        }
        if (op instanceof DropIdentity d) {
            return new DropIdentity(d.table(), d.column(), d.previous(), existing);
        }
        return op;
    }

    private static ColumnDef after(MigrationOperation op, ColumnDef column) {
        if (op instanceof AlterColumnType t) {
            return column.withType(t.type());
        }
        if (op instanceof AlterColumnNullability n) {
            return column.withNullable(n.nullable());
        }
        if (op instanceof AlterColumnDefault d) {
            return column.defaultValue(d.defaultValue());
        }
        if (op instanceof AlterColumnComment c) {
            return column.comment(c.comment());
        }
        if (op instanceof AddIdentity a) {
            return column.withIdentity(a.identity());
        }
        if (op instanceof DropIdentity) {
            return column.withIdentity(Identity.NONE);
        }
        return column;
    }
}
