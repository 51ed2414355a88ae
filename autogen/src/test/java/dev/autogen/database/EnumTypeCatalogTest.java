package dev.autogen.database;

import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.testing.TestDatabase;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Enum types read from the catalog: labels in their sort order (not their creation order), the varchar casts
 * only when both exist, named as the tables are (without prefix in the current schema), only from the schemas
 * read, and the columns' types spelled as the catalog spells them.
 */
@Tag("postgres")
class EnumTypeCatalogTest {
    private static TestDatabase database;
    private static SchemaModel model;

    @BeforeAll
    static void createTypes() throws Exception {
        database = TestDatabase.create();
        database.execute("CREATE SCHEMA billing", "CREATE SCHEMA elsewhere",
                "CREATE TYPE status AS ENUM ('OPEN', 'CLOSED')",
                "ALTER TYPE status ADD VALUE 'ARCHIVED' BEFORE 'OPEN'",
                "CREATE CAST (varchar AS status) WITH INOUT AS IMPLICIT",
                "CREATE CAST (status AS varchar) WITH INOUT AS IMPLICIT",
                "CREATE TYPE billing.\"Mood\" AS ENUM ('it''s', 'fine')",
                "CREATE CAST (varchar AS billing.\"Mood\") WITH INOUT AS IMPLICIT",
                "CREATE TYPE elsewhere.ignored AS ENUM ('A')",
                "CREATE TABLE ticket (id bigint PRIMARY KEY, status status, mood billing.\"Mood\")");
        try (Connection connection = database.connect()) {
            model = new DatabaseReader(List.of("billing")).read(connection);
        }
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void typesOfTheSchemasReadWithLabelsInSortOrder() {
        assertEquals(Map.of("status", new EnumTypeDef("status", List.of("ARCHIVED", "OPEN", "CLOSED")).withVarcharCasts(),
                        "billing.Mood", new EnumTypeDef("billing.Mood", List.of("it's", "fine"))),
                model.enumTypes());
    }

    @Test
    void columnTypesNameTheTypeAsTheCatalogSpellsIt() {
        assertEquals("status", model.tables().get("ticket").column("status").orElseThrow().type());
        assertEquals("billing.\"Mood\"", model.tables().get("ticket").column("mood").orElseThrow().type());
    }
}
