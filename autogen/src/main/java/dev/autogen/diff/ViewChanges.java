package dev.autogen.diff;

import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddColumnExpression;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropColumnExpression;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.ViewDependencies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The view changes of a plan, given the changes to tables. A view the entities map and the database
 * lacks is created; one whose query differs is replaced; one that no entity maps is dropped, unless
 * it is unmanaged (made by hand: no migration created it), which is left alone. Views are dropped
 * before every other change, readers before what they read, and created after all of them, what
 * they read first. PostgreSQL refuses to drop or retype what a view reads, so such a view is
 * dropped first and created again afterwards exactly as defined; so is a view that reads a view
 * that goes away or changes, and a changed view that reads what the plan renames (replacing it in
 * one step would leave the downgrade a query over names that do not exist yet). An unmanaged view
 * that reads what the plan drops cannot come back: it is dropped, and the downgrade restores it. A
 * stored generated column that the plan drops and adds again, either way, counts as retyped.
 */
final class ViewChanges {
    private enum Fate { KEEP, REPLACE, REBUILD, DROP }

    private final SchemaModel target;
    private final SchemaModel current;
    private final Set<String> unmanaged;
    private final Blocked blocked;
    private final Map<String, Fate> fates = new TreeMap<>();
    private final Map<String, String> reasons = new HashMap<>();

    /**
     * What the view changes are.
     *
     * @param drops   in the order they run, before everything else
     * @param creates in the order they run, after everything else
     */
    record Planned(List<Change> drops, List<Change> creates) {
    }

    private ViewChanges(SchemaModel target, SchemaModel current, Set<String> unmanaged,
                        List<MigrationOperation> tableChanges) {
        this.target = target;
        this.current = current;
        this.unmanaged = unmanaged;
        this.blocked = new Blocked(tableChanges);
    }

    /**
     * The view changes that turn the current views into the target's around the given changes to
     * tables; {@code current} is the database before any rename, {@code unmanaged} the views of the
     * database that no entity maps and no migration created.
     */
    static Planned plan(SchemaModel target, SchemaModel current, Set<String> unmanaged,
                        List<MigrationOperation> tableChanges) {
        return new ViewChanges(target, current, unmanaged, tableChanges).plan();
    }

    private Planned plan() {
        decideFates();
        List<Change> drops = new ArrayList<>();
        for (String name : ViewOrder.readersFirst(current.views(), current.viewDependencies())) {
            DropView drop = new DropView(name, current.views().get(name), unmanaged.contains(name));
            Fate fate = fates.get(name);
            if (fate == Fate.DROP) {
                drops.add(new Change(drop, dropNote(name), null));
            } else if (fate == Fate.REBUILD) {
                drops.add(new Change(drop, rebuildNote(name), null));
            }
        }
        Map<String, ViewDef> created = new TreeMap<>(target.views());
        fates.forEach((name, fate) -> {
            if (fate == Fate.REBUILD && !created.containsKey(name)) {
                created.put(name, current.views().get(name));
            }
        });
        List<Change> creates = new ArrayList<>();
        for (String name : ViewOrder.readFirst(created, current.viewDependencies())) {
            ViewDef view = created.get(name);
            Fate fate = fates.get(name);
            if (fate == null) {
                creates.add(Change.of(new CreateView(view)));
            } else if (fate == Fate.REBUILD) {
                creates.add(new Change(new CreateView(view), null, "the downgrade " + rebuildNote(name)));
            } else if (fate == Fate.REPLACE) {
                creates.add(Change.of(new ReplaceView(view, current.views().get(name))));
            }
        }
        return new Planned(drops, creates);
    }

    /** What becomes of each view of the database, escalated until what it reads allows it. */
    private void decideFates() {
        current.views().forEach((name, view) -> {
            ViewDef wanted = target.views().get(name);
            if (wanted != null) {
                fates.put(name, wanted.query().equals(view.query()) ? Fate.KEEP : Fate.REPLACE);
            } else {
                fates.put(name, unmanaged.contains(name) ? Fate.KEEP : Fate.DROP);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String name : current.views().keySet()) {
                Fate before = fates.get(name);
                if (before == Fate.DROP || before == Fate.REBUILD && target.views().containsKey(name)) {
                    continue;
                }
                for (ViewDependencies.Edge edge : current.viewDependencies().of(name)) {
                    escalate(name, edge);
                }
                changed |= fates.get(name) != before;
            }
        }
    }

    private void escalate(String name, ViewDependencies.Edge edge) {
        boolean managed = target.views().containsKey(name);
        Fate fate = fates.get(name);
        Fate read = fates.get(edge.relation());
        if (read != null && read != Fate.KEEP) {
            boolean gone = read == Fate.DROP && !target.views().containsKey(edge.relation());
            set(name, gone && !managed ? Fate.DROP : Fate.REBUILD, "while view " + edge.relation()
                    + ", which it reads, " + (gone ? "is dropped" : "is rebuilt"));
            return;
        }
        Blocked.Why why = blocked.why(edge);
        if (why == null) {
            return;
        }
        switch (why.kind()) {
            case REMOVED -> set(name, managed ? Fate.REBUILD : Fate.DROP, why.text());
            case RETYPED -> set(name, Fate.REBUILD, why.text());
            case RENAMED -> {
                if (fate == Fate.REPLACE) {
                    set(name, Fate.REBUILD, why.text());
                }
            }
            default -> { }
        }
    }

    private void set(String name, Fate fate, String reason) {
        if (fate.ordinal() > fates.get(name).ordinal()) {
            fates.put(name, fate);
            reasons.put(name, reason);
        }
    }

    private String dropNote(String view) {
        if (unmanaged.contains(view)) {
            return "drops view " + view + ", which no entity maps and no migration created, " + reasons.get(view)
                    + "; it cannot be created again over what is gone (undoing this revision restores its query, not"
                    + " its grants or comment)";
        }
        return "drops view " + view + ", which no entity maps any more; what reads it fails from now on";
    }

    private String rebuildNote(String view) {
        return "drops view " + view + " " + reasons.get(view) + ", and creates it again after with the same"
                + " query (not its grants or comment); what reads it fails in between";
    }

    /** The tables and columns that the changes to tables drop, retype or rename, by their names before the plan. */
    private static final class Blocked {
        enum Kind { REMOVED, RETYPED, RENAMED }

        record Why(Kind kind, String text) {
        }

        private final Map<String, Why> tables = new HashMap<>();
        private final Map<String, Why> columns = new HashMap<>();
        private final Map<String, String> originalNames = new HashMap<>();

        Blocked(List<MigrationOperation> changes) {
            for (MigrationOperation op : changes) {
                if (op instanceof RenameTable rename) {
                    originalNames.put(rename.newName(), rename.table());
                    tables.put(rename.table(), new Why(Kind.RENAMED, "while table " + rename.table()
                            + ", which it reads, is renamed to " + rename.newName()));
                }
            }
            Set<String> readded = new HashSet<>();
            for (MigrationOperation op : changes) {
                if (op instanceof AddColumn add) {
                    readded.add(key(original(add.table()), add.column().name()));
                }
            }
            for (MigrationOperation op : changes) {
                if (op instanceof DropColumn drop && readded.contains(key(original(drop.table()), drop.column()))) {
                    column(drop.table(), drop.column(), Kind.RETYPED, "is dropped and added again (PostgreSQL cannot"
                            + " change a stored generated column in place)");
                } else if (op instanceof AddColumnExpression add) {
                    column(add.table(), add.column().name(), Kind.RETYPED, "is dropped and added again as a stored"
                            + " generated column");
                } else if (op instanceof DropColumnExpression drop) {
                    column(drop.table(), drop.column(), Kind.RETYPED, "loses its generation expression, and the"
                            + " downgrade drops it and adds it again as a stored generated column");
                }
            }
            for (MigrationOperation op : changes) {
                if (op instanceof DropTable drop) {
                    tables.put(original(drop.table()), new Why(Kind.REMOVED, "while table " + drop.table()
                            + ", which it reads, is dropped"));
                } else if (op instanceof DropColumn drop && !readded.contains(key(original(drop.table()), drop.column()))) {
                    column(drop.table(), drop.column(), Kind.REMOVED, "is dropped");
                } else if (op instanceof AlterColumnType alter) {
                    column(alter.table(), alter.column(), Kind.RETYPED, "changes type from " + alter.previousType()
                            + " to " + alter.type() + ", which PostgreSQL refuses while a view reads it");
                } else if (op instanceof RenameColumn rename) {
                    column(rename.table(), rename.column(), Kind.RENAMED, "is renamed to " + rename.newName());
                }
            }
        }

        private void column(String table, String column, Kind kind, String what) {
            String key = key(original(table), column);
            Why existing = columns.get(key);
            if (existing == null || existing.kind().ordinal() > kind.ordinal()) {
                columns.put(key, new Why(kind, "while column " + table + "." + column + ", which it reads, " + what));
            }
        }

        private String original(String table) {
            return originalNames.getOrDefault(table, table);
        }

        private static String key(String table, String column) {
            return table + "\0" + column;
        }

        /** Why a view that reads this cannot stay through the plan as it is, or {@code null} when it can. */
        Why why(ViewDependencies.Edge edge) {
            Why table = tables.get(edge.relation());
            if (table != null && (table.kind() != Kind.RENAMED || edge.column() == null)) {
                return table;
            }
            Why column = edge.column() == null ? null : columns.get(key(edge.relation(), edge.column()));
            return column != null ? column : table;
        }
    }
}
