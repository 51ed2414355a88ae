package dev.autogen.diff;

import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL refuses to drop a primary key or unique constraint that a foreign key depends on. When
 * a plan drops such a key (to change its columns, say) while a foreign key that uses it stays, the
 * foreign key is dropped before and added again after; a rename planned for it becomes part of that.
 */
final class ForeignKeyRebuilds {
    private final Map<Phase, List<Change>> phases;

    ForeignKeyRebuilds(Map<Phase, List<Change>> phases) {
        this.phases = phases;
    }

    void apply(SchemaModel target, SchemaModel current) {
        Set<String> droppedKeys = droppedKeys();
        Set<String> droppedForeignKeys = new HashSet<>();
        phases.get(Phase.DROP_FOREIGN_KEYS).forEach(change -> {
            if (change.operation() instanceof DropForeignKey drop) {
                droppedForeignKeys.add(drop.table() + "\0" + drop.name());
            }
        });
        for (TableModel table : current.tables().values()) {
            TableModel wantedTable = target.tables().get(table.name());
            if (wantedTable == null) {
                continue;
            }
            for (ForeignKeyDef fk : table.foreignKeys()) {
                String key = fk.referencedTable() + "\0" + String.join(",", fk.referencedColumns());
                if (droppedKeys.contains(key) && !droppedForeignKeys.contains(table.name() + "\0" + fk.name())) {
                    rebuild(table.name(), fk, wantedTable);
                }
            }
        }
    }

    private void rebuild(String table, ForeignKeyDef fk, TableModel wantedTable) {
        String newName = fk.name();
        List<Change> renames = phases.get(Phase.RENAME_CONSTRAINTS);
        Optional<Change> rename = renames.stream().filter(c -> c.operation() instanceof RenameConstraint r
                && r.table().equals(table) && r.name().equals(fk.name())).findFirst();
        if (rename.isPresent()) {
            newName = ((RenameConstraint) rename.get().operation()).newName();
            renames.remove(rename.get());
        }
        String name = newName;
        Optional<ForeignKeyDef> wanted = wantedTable.foreignKeys().stream().filter(w -> w.name().equals(name)).findFirst();
        if (wanted.isEmpty()) {
            return;
        }
        phases.get(Phase.DROP_FOREIGN_KEYS).add(Change.of(new DropForeignKey(table, fk.name(), fk)));
        phases.get(Phase.ADD_FOREIGN_KEYS).add(Change.of(new AddForeignKey(table, wanted.get())));
    }

    private Set<String> droppedKeys() {
        Set<String> keys = new HashSet<>();
        for (Change change : phases.get(Phase.DROP_CONSTRAINTS)) {
            MigrationOperation op = change.operation();
            if (op instanceof DropPrimaryKey drop && drop.previous() != null) {
                keys.add(drop.table() + "\0" + String.join(",", drop.previous().columns()));
            } else if (op instanceof DropUnique drop && drop.previous() != null) {
                keys.add(drop.table() + "\0" + String.join(",", drop.previous().columns()));
            } else if (op instanceof DropIndex drop && drop.previous() != null && drop.previous().unique()) {
                keys.add(drop.table() + "\0" + String.join(",", drop.previous().columns()));
            }
        }
        return keys;
    }
}
