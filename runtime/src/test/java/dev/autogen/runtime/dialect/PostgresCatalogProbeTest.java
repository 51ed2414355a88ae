package dev.autogen.runtime.dialect;

import dev.autogen.runtime.dialect.CatalogProbe.IndexState;
import dev.autogen.runtime.dialect.CatalogProbe.SchemaObject;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PostgreSQL's catalog probe finds what the runtime looked up before the probe was the dialect's. */
@Tag("postgres")
class PostgresCatalogProbeTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    private final CatalogProbe probe = new PostgresDialect().catalogProbe();

    @Test
    void keysAreNamesAsSqlWithIndexesInTheirTablesSchema() {
        assertEquals("app.users", probe.key(SchemaObject.relation("app.users")));
        assertEquals("\"App\".users", probe.key(SchemaObject.relation("\"App\".users")));
        assertEquals("app.users_email", probe.key(SchemaObject.index("app.users", "users_email")));
        assertEquals("users_email", probe.key(SchemaObject.index("users", "users_email")));
        assertEquals("users_pkey", probe.primaryKeyIndex("users", null));
        assertEquals("pk", probe.primaryKeyIndex("users", "pk"));
    }

    @Test
    void findsTablesSequencesAndValidIndexesButNotInvalidOnes() throws SQLException {
        db.execute("CREATE TABLE users (id int, email text)", "CREATE SEQUENCE ids",
                "CREATE INDEX users_email ON users (email)", "CREATE INDEX users_id ON users (id)",
                "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'users_id'::regclass");
        try (Connection connection = db.connect()) {
            Set<String> found = probe.existing(connection, List.of(SchemaObject.relation("users"),
                    SchemaObject.relation("ids"), SchemaObject.relation("missing"),
                    SchemaObject.index("users", "users_email"), SchemaObject.index("users", "users_id"),
                    SchemaObject.relation("public.users")));
            assertEquals(Set.of("users", "ids", "users_email", "public.users"), found);
            assertEquals(IndexState.VALID, probe.indexState(connection, "users", "users_email"));
            assertEquals(IndexState.INVALID, probe.indexState(connection, "users", "users_id"));
            assertEquals(IndexState.ABSENT, probe.indexState(connection, "users", "missing"));
        }
    }
}
