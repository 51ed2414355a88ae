package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.CatalogProbe;
import dev.autogen.runtime.dialect.CatalogProbe.IndexState;
import dev.autogen.runtime.dialect.CatalogProbe.SchemaObject;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** MariaDB's catalog probe reads information_schema, with index names per table. */
@Tag("mariadb")
class MariaDbCatalogProbeTest {
    @RegisterExtension
    static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass().emptiedBeforeEach();

    private final CatalogProbe probe = new MariaDbDialect().catalogProbe();

    @Test
    void indexKeysIncludeTheirTable() {
        assertEquals("`app`.`users`", probe.key(SchemaObject.relation("app.users")));
        assertNotEquals(probe.key(SchemaObject.index("a", "by_name")), probe.key(SchemaObject.index("b", "by_name")));
        assertEquals("PRIMARY", probe.primaryKeyIndex("users", "users_pkey"));
    }

    @Test
    void findsTablesSequencesAndIndexesInTheCurrentOrTheNamedDatabase() throws SQLException {
        db.execute("CREATE TABLE users (id int, email varchar(100))", "CREATE SEQUENCE ids",
                "CREATE INDEX users_email ON users (email)");
        try (Connection connection = db.connect()) {
            Set<String> found = probe.existing(connection, List.of(SchemaObject.relation("users"),
                    SchemaObject.relation("ids"), SchemaObject.relation("missing"),
                    SchemaObject.index("users", "users_email"), SchemaObject.index("users", "missing"),
                    SchemaObject.relation(db.name() + ".users"), SchemaObject.relation("mysql_missing.users")));
            assertEquals(Set.of("`users`", "`ids`", "`users`.`users_email`", "`" + db.name() + "`.`users`"), found);
            assertEquals(IndexState.VALID, probe.indexState(connection, "users", "users_email"));
            assertEquals(IndexState.ABSENT, probe.indexState(connection, "users", "missing"));
        }
    }
}
