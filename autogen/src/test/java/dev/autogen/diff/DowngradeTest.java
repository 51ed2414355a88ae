package dev.autogen.diff;

import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ReplaceEnumType;
import dev.autogen.runtime.ops.ValidateConstraint;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

    static Stream<Arguments> scenariosInBothForms() {
        return scenarios().flatMap(s -> Stream.of(Arguments.of(s, DdlForm.LOCK_SAFE), Arguments.of(s, DdlForm.PLAIN)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenariosInBothForms")
    void downgradeIsTheReversedListOfReversedChanges(Scenarios.Scenario scenario, DdlForm form) {
        MigrationPlan plan = scenario.plan(form);
        assertEquals(scenario.name().equals("identical"), plan.isEmpty(),
                "only the identical scenario plans nothing, so every other one checks something");

        List<MigrationOperation> expected = new ArrayList<>();
        for (MigrationOperation op : plan.operations()) {
            if (!(op instanceof ValidateConstraint)) {
                expected.add(op.reverse());
            }
        }
        Collections.reverse(expected);
        assertEquals(expected, plan.downgrade().stream().map(Change::operation).toList());
    }

    /**
     * In the plain forms, the downgrade does what the diff the other way round does. (In the lock-safe
     * forms it does not, on purpose: it is the exact reverse of the upgrade, so a foreign key the
     * upgrade drops comes back in the plain form, validated at once.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void downgradeDoesWhatTheOppositeDiffDoes(Scenarios.Scenario scenario) {
        MigrationPlan forward = scenario.plan(DdlForm.PLAIN);
        MigrationPlan backward = scenario.backward(DdlForm.PLAIN);
        List<MigrationOperation> downgrade = forward.downgrade().stream().map(Change::operation).toList();

        if (scenario.name().startsWith("enum value")) {
            assertEnumLabelsGoBack(scenario, downgrade);
            return;
        }
        if (scenario.renames().isEmpty()) {
            assertEquals(new HashSet<>(backward.operations()), new HashSet<>(downgrade));
        } else {
            assertEquals(types(backward.operations()), types(downgrade),
                    "with renames, constraints are renamed on the table's name of the moment");
        }
        assertEquals(forward.operations().size(), backward.operations().size());
    }

    /**
     * PostgreSQL cannot drop a label, so a downgrade takes an enum type back by rebuilding it, one rebuild per
     * label the upgrade added, where the opposite diff adds labels in place: the labels end as they were.
     */
    private static void assertEnumLabelsGoBack(Scenarios.Scenario scenario, List<MigrationOperation> downgrade) {
        List<ReplaceEnumType> rebuilds = downgrade.stream().map(ReplaceEnumType.class::cast).toList();
        assertEquals(scenario.target().enumTypes().get("mood"), rebuilds.get(0).previous());
        assertEquals(scenario.current().enumTypes().get("mood"), rebuilds.get(rebuilds.size() - 1).type());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenariosInBothForms")
    void reviewNotesSwapSidesInTheDowngrade(Scenarios.Scenario scenario, DdlForm form) {
        List<Change> upgrade = scenario.plan(form).upgrade().stream()
                .filter(c -> !(c.operation() instanceof ValidateConstraint)).toList();
        List<Change> downgrade = scenario.plan(form).downgrade();
        assertEquals(upgrade.size(), downgrade.size());

        for (int i = 0; i < upgrade.size(); i++) {
            Change up = upgrade.get(i);
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
