package dev.autogen.entity;

import dev.autogen.diff.ComparisonRules;
import dev.autogen.diff.ForwardingComparisonRules;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The entity reader reads SQL expressions by the comparison rules it is given, PostgreSQL's unless told otherwise. */
class EntityComparisonRulesTest {

    @Test
    void anUnnamedCheckIsNamedAfterTheColumnsTheRulesFindInIt() {
        SchemaModel model = reader().withComparisonRules(new NoColumns()).read();

        assertEquals(List.of("todos_check"), model.tables().get("todos").checks().stream().map(CheckDef::name).toList());
        assertEquals(List.of("todos_status_check"),
                reader().read().tables().get("todos").checks().stream().map(CheckDef::name).toList());
    }

    @Test
    void withoutRulesTheReaderReadsAsPostgresDoes() {
        assertEquals(reader().read(), reader().withComparisonRules(ComparisonRules.postgres()).read());
    }

    private static EntityModelReader reader() {
        return new EntityModelReader(EntityComparisonRulesTest.class.getClassLoader(),
                List.of("dev.autogen.fixtures.todo.v1"), Map.of(), "test");
    }

    /** PostgreSQL's rules, except that no expression is found to refer to a column. */
    private static final class NoColumns extends ForwardingComparisonRules {
        @Override
        public List<String> referencedColumns(String sql, List<String> columnNames) {
            return List.of();
        }
    }
}
