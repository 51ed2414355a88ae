package dev.autogen.diff;

import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ValidateConstraint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The planned upgrade, in dependency order, and the downgrade derived from it.
 *
 * @param upgrade         the changes that move the current schema to the target
 * @param possibleRenames the tables and columns that may have been renamed, which the plan drops
 *                        and adds because no one confirmed the rename
 */
public record MigrationPlan(List<Change> upgrade, List<RenameCandidate> possibleRenames) {
    /** Copies the lists. */
    public MigrationPlan {
        upgrade = List.copyOf(upgrade);
        possibleRenames = List.copyOf(possibleRenames);
    }

    /** A plan without rename candidates. */
    public MigrationPlan(List<Change> upgrade) {
        this(upgrade, List.of());
    }

    /**
     * The reversed list of reversed changes. A {@link ValidateConstraint} is left out: it is its own
     * reverse, and validating a constraint that the downgrade then drops does nothing useful.
     */
    public List<Change> downgrade() {
        List<Change> reversed = new ArrayList<>(upgrade.size());
        for (Change change : upgrade) {
            if (!(change.operation() instanceof ValidateConstraint)) {
                reversed.add(change.reverse());
            }
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

    /** The review notes of the upgrade, in order; a change with several notes gives one line each. */
    public List<String> reviews() {
        return upgrade.stream().map(Change::review).filter(Objects::nonNull)
                .flatMap(review -> review.lines()).toList();
    }
}
