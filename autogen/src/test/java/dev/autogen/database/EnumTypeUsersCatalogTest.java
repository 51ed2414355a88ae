package dev.autogen.database;

import dev.autogen.runtime.testing.TestDatabase;
import dev.autogen.schema.EnumTypeUser;
import dev.autogen.schema.EnumTypeUser.Kind;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who uses an enum type, read in the same query as the type, across the whole database: tables of the schemas
 * read and of others, views, composite types, domains, functions and other objects, each once, arrays of the
 * type marked; the managed varchar casts and the type's own array type are not users.
 */
@Tag("postgres")
class EnumTypeUsersCatalogTest {
    private static TestDatabase database;
    private static SchemaModel model;

    @BeforeAll
    static void createUsers() throws Exception {
        database = TestDatabase.create();
        database.execute("CREATE SCHEMA archive",
                "CREATE TYPE status AS ENUM ('OPEN', 'CLOSED')",
                "CREATE CAST (varchar AS status) WITH INOUT AS IMPLICIT",
                "CREATE CAST (status AS varchar) WITH INOUT AS IMPLICIT",
                "CREATE TYPE unused AS ENUM ('A')",
                "CREATE TABLE ticket (id bigint PRIMARY KEY, status status DEFAULT 'OPEN', history status[])",
                "CREATE TABLE archive.old_ticket (id bigint, state status CHECK (state <> 'CLOSED'))",
                "CREATE DOMAIN status_domain AS status",
                "CREATE TYPE status_pair AS (first status, second status)",
                "CREATE FUNCTION is_open(s status) RETURNS boolean LANGUAGE sql AS 'SELECT s = ''OPEN'''",
                "CREATE VIEW open_ticket AS SELECT id, status FROM ticket WHERE status = 'OPEN'",
                "CREATE CAST (status AS integer) WITH INOUT");
        try (Connection connection = database.connect()) {
            model = new DatabaseReader(List.of()).read(connection);
        }
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void everyUserOfTheWholeDatabaseIsReadOnceWithItsKind() {
        List<EnumTypeUser> users = model.enumTypeUsers("status");
        assertEquals(List.of(
                new EnumTypeUser(Kind.COMPOSITE_TYPE, "status_pair", "first", false),
                new EnumTypeUser(Kind.COMPOSITE_TYPE, "status_pair", "second", false),
                new EnumTypeUser(Kind.DOMAIN, "status_domain", null, false),
                new EnumTypeUser(Kind.FUNCTION, "is_open", null, false),
                new EnumTypeUser(Kind.OTHER, "cast from status to integer", null, false),
                new EnumTypeUser(Kind.TABLE, "archive.old_ticket", "state", false),
                new EnumTypeUser(Kind.TABLE, "archive.old_ticket", null, false),
                new EnumTypeUser(Kind.TABLE, "ticket", "history", true),
                new EnumTypeUser(Kind.TABLE, "ticket", "status", false),
                new EnumTypeUser(Kind.VIEW, "open_ticket", "status", false),
                new EnumTypeUser(Kind.VIEW, "open_ticket", null, false)), users);
        assertTrue(model.tables().containsKey("ticket"));
        assertEquals(false, model.tables().containsKey("archive.old_ticket"), "the schema archive is not read");
    }

    @Test
    void aTypeNothingUsesHasNoUsers() {
        assertEquals(List.of(), model.enumTypeUsers("unused"));
    }
}
