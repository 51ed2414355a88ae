package dev.autogen.runtime.deploy;

import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.MigrationOperation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills in the old type of a column type change that a migration's upgrade does not record (the
 * generated {@code op.alterColumnType(table, column, type)} names only the new one) from its
 * downgrade, which changes the same column back to that old type. The lock analysis needs it to tell
 * a binary-coercible change, which only updates the catalog, from one that rewrites the table.
 */
final class RecordedOldTypes {
    private RecordedOldTypes() {
    }

    /** The upgrade with each unrecorded old type taken from the one downgrade change of that column. */
    static List<MigrationOperation> fill(List<MigrationOperation> upgrade, List<MigrationOperation> downgrade) {
        Map<List<String>, String> restored = new HashMap<>();
        Map<List<String>, Integer> changes = new HashMap<>();
        for (MigrationOperation operation : downgrade) {
            if (operation instanceof AlterColumnType change) {
                List<String> key = List.of(change.table(), change.column());
                restored.put(key, change.type());
                changes.merge(key, 1, Integer::sum);
            }
        }
        List<MigrationOperation> filled = new ArrayList<>(upgrade.size());
        for (MigrationOperation operation : upgrade) {
            if (operation instanceof AlterColumnType change && change.previousType() == null) {
                List<String> key = List.of(change.table(), change.column());
                if (changes.getOrDefault(key, 0) == 1) {
                    operation = new AlterColumnType(change.table(), change.column(), change.type(), restored.get(key),
                            change.using(), change.reverseUsing(), change.existing());
                }
            }
            filled.add(operation);
        }
        return filled;
    }
}
