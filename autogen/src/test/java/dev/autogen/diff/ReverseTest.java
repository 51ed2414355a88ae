package dev.autogen.diff;

import dev.autogen.runtime.ops.MigrationOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** For every operation the diff produces, reversing twice gives the operation back. */
class ReverseTest {
    static Stream<Scenarios.Scenario> scenarios() {
        return Scenarios.all().values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyOperationReversedTwiceIsItself(Scenarios.Scenario scenario) {
        MigrationPlan plan = scenario.plan();
        Stream.concat(plan.upgrade().stream(), plan.downgrade().stream()).forEach(change -> {
            MigrationOperation op = change.operation();
            assertEquals(op, op.reverse().reverse(), op::describe);
            assertNotEquals(op, op.reverse(), op::describe);
            assertEquals(change, change.reverse().reverse());
        });
    }

    @Test
    void scenariosCoverEveryOperationTypeTheDiffProduces() {
        Set<Class<?>> seen = new HashSet<>();
        Scenarios.all().values().forEach(s -> s.plan().operations().forEach(op -> seen.add(op.getClass())));

        Set<String> notFromTheDiff = Set.of("ExecuteSql", "ValidateConstraint", "SetNotNullViaCheck",
                "AddUniqueUsingIndex", "AddPrimaryKeyUsingIndex");
        Set<Class<?>> expected = Set.of(MigrationOperation.class.getPermittedSubclasses()).stream()
                .filter(type -> !notFromTheDiff.contains(type.getSimpleName()))
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(expected, seen, "every operation type except raw SQL and the lock-safe forms (written by hand"
                + " until the diff chooses them) must come out of some scenario");
        assertTrue(seen.size() >= 16, seen::toString);
    }
}
