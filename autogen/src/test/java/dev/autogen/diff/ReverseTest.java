package dev.autogen.diff;

import dev.autogen.runtime.ops.AddEnumValue;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ReplaceEnumType;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.ValidateConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every operation the diff produces in the plain forms, reversing twice gives the operation back.
 * (A lock-safe form reverses to the plain reverse, whose reverse is the plain form: the downgrade is
 * the exact reverse, and what the upgrade added safely the downgrade drops plainly.)
 */
class ReverseTest {
    static Stream<Scenarios.Scenario> scenarios() {
        return Scenarios.all().values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyOperationReversedTwiceIsItself(Scenarios.Scenario scenario) {
        MigrationPlan plan = scenario.plan(DdlForm.PLAIN);
        Stream.concat(plan.upgrade().stream(), plan.downgrade().stream()).forEach(change -> {
            MigrationOperation op = change.operation();
            if (op instanceof AddEnumValue add) {
                assertEquals(new ReplaceEnumType(add.previous(), add.current(), add.columns()), op.reverse().reverse(),
                        "PostgreSQL cannot drop a label: the reverse rebuilds the type, and its reverse rebuilds it again");
                return;
            }
            assertEquals(op, op.reverse().reverse(), op::describe);
            assertNotEquals(op, op.reverse(), op::describe);
            assertEquals(change, change.reverse().reverse());
        });
    }

    /**
     * The lock-safe forms reverse twice to themselves too, except the two whose reverse is plain on
     * purpose: a validation (its own reverse) and {@code NOT NULL} through a check (dropped plainly).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void lockSafeOperationsReversedTwiceAreThemselves(Scenarios.Scenario scenario) {
        for (MigrationOperation op : scenario.plan(DdlForm.LOCK_SAFE).operations()) {
            if (!(op instanceof ValidateConstraint || op instanceof SetNotNullViaCheck || op instanceof AddEnumValue)) {
                assertEquals(op, op.reverse().reverse(), op::describe);
            }
        }
    }

    /**
     * Written by hand until the diff compares views and enum types; remove each from here when the
     * diff produces it.
     */
    private static final Set<String> OPERATIONS_NOT_YET_DIFFED = Set.of();

    @Test
    void scenariosCoverEveryOperationTypeTheDiffProduces() {
        Set<Class<?>> seen = new HashSet<>();
        for (DdlForm form : DdlForm.values()) {
            Scenarios.all().values().forEach(s -> s.plan(form).operations().forEach(op -> seen.add(op.getClass())));
        }

        Set<Class<?>> expected = Set.of(MigrationOperation.class.getPermittedSubclasses()).stream()
                .filter(type -> !type.getSimpleName().equals("ExecuteSql"))
                .filter(type -> !OPERATIONS_NOT_YET_DIFFED.contains(type.getSimpleName()))
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(expected, seen, "every operation type except raw SQL, the lock-safe forms included, must come out"
                + " of some scenario, in one form or the other");
        assertTrue(seen.size() >= 16, seen::toString);
    }
}
