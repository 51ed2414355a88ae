package dev.autogen.cli;

import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.deploy.Settings;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cleanup of a {@code --shadow-url} database on PostgreSQL drops what was created since its snapshot and
 * nothing else; when the drops fail it warns, naming the database and what is left, and does not throw.
 */
@Tag("postgres")
class ShadowCleanupTest {
    private TestDatabase shadow;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        shadow = TestDatabase.create();
    }

    @AfterEach
    void tearDown() throws Exception {
        shadow.close();
    }

    @Test
    void dropsWhatWasCreatedSinceTheSnapshotAndNothingElse() throws Exception {
        shadow.execute("CREATE SCHEMA kept", "CREATE TYPE kept.mood AS ENUM ('ok')");
        ShadowCleanup cleanup = cleanup(new PostgresScratchDatabases());
        shadow.execute("CREATE SCHEMA extra", "CREATE TABLE extra.t (id serial PRIMARY KEY)",
                "CREATE TABLE parent (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY)",
                "CREATE TABLE child (parent_id bigint REFERENCES parent)", "CREATE VIEW v AS SELECT * FROM child",
                "CREATE MATERIALIZED VIEW m AS SELECT 1 AS one", "CREATE SEQUENCE s",
                "CREATE TYPE kept.colour AS ENUM ('red')", "CREATE TYPE pair AS (a int, b int)",
                "CREATE TYPE span AS RANGE (subtype = int4)", "CREATE DOMAIN positive AS integer CHECK (VALUE > 0)",
                "CREATE FUNCTION answer() RETURNS integer LANGUAGE sql AS 'SELECT 42'",
                "CREATE PROCEDURE nothing() LANGUAGE sql AS 'SELECT 1'",
                "CREATE EXTENSION IF NOT EXISTS pgcrypto");

        cleanup.close();

        assertEquals(List.of(), warnings);
        try (Connection connection = shadow.connect()) {
            assertEquals(cleanup.before(), cleanup.dialect().shadowObjects(connection, List.of()));
        }
        assertEquals(List.of("kept", "public"), shadow.column("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE"
                + " 'pg\\_%' AND nspname <> 'information_schema' ORDER BY 1"));
    }

    @Test
    void aCleanupThatFailsWarnsNamingTheDatabaseAndWhatIsLeft() throws Exception {
        ShadowCleanup cleanup = cleanup(new FailingDrops());
        shadow.execute("CREATE TABLE leftover (id int)");

        cleanup.close();

        assertEquals(1, warnings.size(), warnings.toString());
        String warning = warnings.get(0);
        assertTrue(warning.startsWith("The shadow database " + shadow.url() + " was not emptied after the replay ("),
                warning);
        assertTrue(warning.contains("it still holds table public.leftover. Drop them, or recreate the database,"
                + " before the next run."), warning);
        assertTrue(shadow.exists("leftover"));
    }

    private ShadowCleanup cleanup(ScratchDatabases dialect) throws SQLException {
        try (Connection connection = shadow.connect()) {
            return new ShadowCleanup(shadow.dataSource(), SecretMask.patternsOnly(), shadow.url(), dialect, dialect.shadowObjects(connection, List.of()),
                    List.of(), warnings::add);
        }
    }

    /** PostgreSQL's objects, with drops that fail. */
    private static final class FailingDrops implements ScratchDatabases {
        private final ScratchDatabases postgres = new PostgresScratchDatabases();

        @Override
        public Database shadow(Settings settings) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Database reusedShadow(Settings settings) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ShadowObject> shadowObjects(Connection connection, List<String> schemas) throws SQLException {
            return postgres.shadowObjects(connection, schemas);
        }

        @Override
        public List<String> dropStatements(List<ShadowObject> created) {
            return List.of("DROP TABLE nowhere");
        }
    }
}
