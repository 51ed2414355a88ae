package dev.autogen.diff;

import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The downgrade is derived from the upgrade, and undoes exactly what the upgrade does. */
class DowngradeTest {
    static Stream<Scenarios.Scenario> scenarios() {
        return Scenarios.all().values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void downgradeIsTheReversedListOfReversedChanges(Scenarios.Scenario scenario) {
        MigrationPlan plan = scenario.plan();
        assertEquals(scenario.name().equals("identical"), plan.isEmpty(),
                "only the identical scenario plans nothing, so every other one checks something");

        List<MigrationOperation> expected = new ArrayList<>();
        for (MigrationOperation op : plan.operations()) {
            expected.add(op.reverse());
        }
        Collections.reverse(expected);
        assertEquals(expected, plan.downgrade().stream().map(Change::operation).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void downgradeDoesWhatTheOppositeDiffDoes(Scenarios.Scenario scenario) {
        MigrationPlan forward = scenario.plan();
        MigrationPlan backward = scenario.backward();
        List<MigrationOperation> downgrade = forward.downgrade().stream().map(Change::operation).toList();

        if (scenario.renames().isEmpty()) {
            assertEquals(new HashSet<>(backward.operations()), new HashSet<>(downgrade));
        } else {
            assertEquals(types(backward.operations()), types(downgrade),
                    "with renames, constraints are renamed on the table's name of the moment");
        }
        assertEquals(forward.operations().size(), backward.operations().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void reviewNotesSwapSidesInTheDowngrade(Scenarios.Scenario scenario) {
        MigrationPlan plan = scenario.plan();
        List<Change> downgrade = plan.downgrade();
        assertEquals(plan.upgrade().size(), downgrade.size());

        for (int i = 0; i < plan.upgrade().size(); i++) {
            Change up = plan.upgrade().get(i);
            Change down = downgrade.get(downgrade.size() - 1 - i);
            assertEquals(up.review(), down.reverseReview());
            assertEquals(up.reverseReview(), down.review());
        }
    }

    private static List<String> types(List<MigrationOperation> operations) {
        return operations.stream().map(op -> op.getClass().getSimpleName()).sorted().toList();
    }

    @Test
    void downgradeOfAnAddedColumnDropsItWithAReview() {
        MigrationPlan plan = Scenarios.get("add nullable column").plan();

        Change down = plan.downgrade().get(0);
        assertEquals(new DropColumn("todo", "due_at", ((AddColumn) plan.operations().get(0)).column()),
                down.operation());
        assertNotNull(down.review());
        assertTrue(down.review().contains("todo.due_at"), down.review());
    }

    @Test
    void downgradeOfADroppedNotNullColumnAddsItBackWithItsBackfill() {
        MigrationPlan plan = Scenarios.get("drop not null column").plan();

        AddColumn add = (AddColumn) plan.downgrade().get(0).operation();
        assertEquals("title", add.column().name());
        assertEquals("''", add.column().backfill());
        assertNotNull(plan.downgrade().get(0).review());
    }

    @Test
    void emptyPlanHasEmptyDowngrade() {
        assertTrue(SchemaDiff.compare(SchemaModel.empty(), SchemaModel.empty()).downgrade().isEmpty());
    }
}
