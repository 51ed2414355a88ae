package dev.autogen.entity;

import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The entity reader stores names by the naming rules it is given, PostgreSQL's unless told otherwise. */
class NamingRulesTest {

    @Test
    void theReaderStoresNamesByTheRulesItIsGiven() {
        SchemaModel model = reader().withNamingRules(new KeepCase()).read();
        assertEquals(Set.of("TodoList", "todos"), model.tables().keySet());
    }

    @Test
    void withoutRulesTheReaderFoldsAsPostgresDoes() {
        assertEquals(reader().read(), reader().withNamingRules(NamingRules.postgres()).read());
    }

    @Test
    void postgresKeepsSixtyThreeBytes() {
        assertEquals(63, NamingRules.postgres().maxLength());
        assertEquals("63 bytes", NamingRules.postgres().describeMaxLength());
    }

    private static EntityModelReader reader() {
        return new EntityModelReader(NamingRulesTest.class.getClassLoader(), List.of("dev.autogen.fixtures.todo.v1"),
                Map.of(), "test");
    }

    /** PostgreSQL's rules, except that unquoted names keep their case. */
    private static final class KeepCase implements NamingRules {
        @Override
        public String storedName(String text, boolean quoted, String what) {
            return text;
        }

        @Override
        public String storedNameOfText(String name, String what) {
            return name;
        }

        @Override
        public int maxLength() {
            return NamingRules.postgres().maxLength();
        }

        @Override
        public String describeMaxLength() {
            return NamingRules.postgres().describeMaxLength();
        }

        @Override
        public String primaryKeyName(String table, String name) {
            return NamingRules.postgres().primaryKeyName(table, name);
        }

        @Override
        public String defaultConstraintName(String table, String column, String label) {
            return NamingRules.postgres().defaultConstraintName(table, column, label);
        }
    }
}
