package dev.autogen.diff;

import dev.autogen.runtime.ops.MigrationOperation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The planned upgrade, in dependency order, and the downgrade derived from it.
 *
 * @param upgrade the changes that move the current schema to the target
 */
public record MigrationPlan(List<Change> upgrade) {
    /** Copies the list. */
    public MigrationPlan {
        upgrade = List.copyOf(upgrade);
    }

    /** The reversed list of reversed changes. */
    public List<Change> downgrade() {
        List<Change> reversed = new ArrayList<>(upgrade.size());
        for (Change change : upgrade) {
            reversed.add(change.reverse());
        }
        Collections.reverse(reversed);
        return reversed;
    }

    /** Whether there is nothing to do. */
    public boolean isEmpty() {
        return upgrade.isEmpty();
    }

    /** The upgrade operations without notes. */
    public List<MigrationOperation> operations() {
        return upgrade.stream().map(Change::operation).toList();
    }

    /** The review notes of the upgrade, in order. */
    public List<String> reviews() {
        return upgrade.stream().map(Change::review).filter(r -> r != null).toList();
    }
}
