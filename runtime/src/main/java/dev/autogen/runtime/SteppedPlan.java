package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PlannedStatement;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.ops.MigrationOperation;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of one direction of a migration, each with how it runs and the operation it comes
 * from, cut into the units that commit on their own. A unit ends after a statement that commits after
 * it; a statement that runs outside a transaction is a unit of its own; the statements after the last
 * commit form the last unit. A plan whose statements all run in the transaction is not stepped: it runs
 * as one transaction, as every migration did before the lock-safe forms.
 */
final class SteppedPlan {
    /**
     * One statement of the plan.
     *
     * @param statement the statement and how it runs
     * @param operation the operation it carries out
     * @param position  its position among the statements of that operation, from 0
     */
    record Step(PlannedStatement statement, MigrationOperation operation, int position) {
        String sql() {
            return statement.sql();
        }
    }

    /**
     * Statements {@code from} (inclusive) to {@code to} (exclusive) that commit together, or one that
     * runs outside a transaction ({@code outside}).
     */
    record Unit(int from, int to, boolean outside) {
    }

    private final List<Step> steps;
    private final List<Unit> units;

    private SteppedPlan(List<Step> steps) {
        this.steps = List.copyOf(steps);
        this.units = cut(this.steps);
    }

    /** The plan of the operations, in order. */
    static SteppedPlan of(SqlDialect dialect, List<MigrationOperation> operations) {
        List<Step> steps = new ArrayList<>();
        for (MigrationOperation operation : operations) {
            List<PlannedStatement> planned = dialect.plan(operation);
            for (int i = 0; i < planned.size(); i++) {
                steps.add(new Step(planned.get(i), operation, i));
            }
        }
        return new SteppedPlan(steps);
    }

    private static List<Unit> cut(List<Step> steps) {
        List<Unit> units = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < steps.size(); i++) {
            PlannedStatement.Execution execution = steps.get(i).statement().execution();
            if (execution == PlannedStatement.Execution.OUTSIDE_TRANSACTION) {
                if (start < i) {
                    units.add(new Unit(start, i, false));
                }
                units.add(new Unit(i, i + 1, true));
                start = i + 1;
            } else if (execution == PlannedStatement.Execution.OWN_TRANSACTION) {
                if (start < i) {
                    units.add(new Unit(start, i, false));
                }
                units.add(new Unit(i, i + 1, false));
                start = i + 1;
            } else if (execution == PlannedStatement.Execution.COMMIT_AFTER) {
                units.add(new Unit(start, i + 1, false));
                start = i + 1;
            }
        }
        if (start < steps.size()) {
            units.add(new Unit(start, steps.size(), false));
        }
        return units;
    }

    /** Whether any statement commits after it or runs outside a transaction. */
    boolean stepped() {
        return steps.stream().anyMatch(step -> step.statement().execution() != PlannedStatement.Execution.IN_TRANSACTION);
    }

    /** The SQL of every statement, in order. */
    List<String> statements() {
        return steps.stream().map(Step::sql).toList();
    }

    /** The statement at a position. */
    Step step(int index) {
        return steps.get(index);
    }

    /** How many statements the plan has. */
    int size() {
        return steps.size();
    }

    /** The units in order. */
    List<Unit> units() {
        return units;
    }

    /**
     * The units left after {@code completed} statements, or {@code null} when no unit starts there (a
     * progress that this plan cannot have recorded).
     */
    List<Unit> unitsFrom(int completed) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).from() == completed) {
                return units.subList(i, units.size());
            }
        }
        return null;
    }

    /** The SQL of the statements in a unit. */
    List<String> statements(Unit unit) {
        return statements().subList(unit.from(), unit.to());
    }
}
