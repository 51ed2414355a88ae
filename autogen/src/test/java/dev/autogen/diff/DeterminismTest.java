package dev.autogen.diff;

import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.autogen.diff.Scenarios.list;
import static dev.autogen.diff.Scenarios.todo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same inputs always give the same plan. */
class DeterminismTest {
    static Stream<Scenarios.Scenario> scenarios() {
        return Scenarios.all().values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void sameInputsTwiceGiveEqualPlans(Scenarios.Scenario scenario) {
        assertEquals(SchemaDiff.compare(scenario.target(), scenario.current()),
                SchemaDiff.compare(scenario.target(), scenario.current()));
        assertEquals(Scenarios.get(scenario.name()).plan(), scenario.plan(), "rebuilt models give the same plan");
    }

    @Test
    void tableOrderOfTheInputDoesNotMatter() {
        List<TableModel> forward = List.of(list(), todo());
        List<TableModel> backward = List.of(todo(), list());

        MigrationPlan a = SchemaDiff.compare(SchemaModel.of(forward, List.of(Scenarios.LIST_SEQ)), SchemaModel.empty());
        MigrationPlan b = SchemaDiff.compare(SchemaModel.of(backward, List.of(Scenarios.LIST_SEQ)), SchemaModel.empty());

        assertEquals(a, b);
    }
}
