package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.autogen.cli.testing.MigrationSources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.autogen.cli.EndToEndTest.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --shadow-url}: the migrations are replayed into an existing empty database instead of an
 * embedded server, which is left empty again afterwards, however the run ends; a database that is not
 * empty is refused, named, before anything runs in it.
 */
@Tag("mariadb")
@Tag("postgres")
class ShadowUrlTest {
    private static final String V1 = "dev.autogen.it.todo.v1";
    private static final String V2 = "dev.autogen.it.todo.v2";

    @TempDir
    Path dir;

    private TestDatabase database;
    private TestDatabase shadow;
    private Cli cli;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
        shadow = TestDatabase.create();
        cli = Projects.cli(dir, database);
        assertSuccess(cli.run("init", "--entities", V1));
        assertSuccess(cli.run("revision", "-m", "create todos"));
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
        shadow.close();
    }

    @Test
    void anEmptyDatabaseIsTheShadowTheMigrationsAreReplayedInto() throws Exception {
        CliResult clean = cli.run("check", "--shadow", "--shadow-url", shadowUrl());
        assertSuccess(clean);
        assertTrue(clean.out().contains("No changes"), clean.toString());
        assertEquals(List.of(), leftInShadow(), "the replay's tables are dropped after the comparison");
        assertFalse(database.exists("todos"), "the configured database is left alone");
    }

    @Test
    void twoRunsInARowBothSucceedAndEachLeavesTheShadowEmpty() throws Exception {
        for (int run = 1; run <= 2; run++) {
            CliResult clean = cli.run("check", "--shadow-url", shadowUrl());
            assertSuccess(clean);
            assertTrue(clean.out().contains("No changes"), "run " + run + ": " + clean);
            assertFalse(clean.err().contains("warning"), "run " + run + ": " + clean);
            assertEquals(List.of(), leftInShadow(), "after run " + run);
        }
    }

    @Test
    void aMigrationThatFailsHalfWayStillLeavesTheShadowEmpty() throws Exception {
        MigrationSources sources = new MigrationSources(dir.resolve("src/main/java/db/migrations"));
        String head = MigrationSources.idOf(sources.files().get(0));
        sources.write("Broken", "20990101_000001", List.of(head),
                "op.execute(\"CREATE SCHEMA extra\"); op.execute(\"CREATE TABLE extra.t (id serial PRIMARY KEY)\");"
                        + " op.execute(\"CREATE TYPE mood AS ENUM ('ok')\");"
                        + " op.execute(\"CREATE DOMAIN positive AS integer CHECK (VALUE > 0)\");"
                        + " op.execute(\"CREATE FUNCTION answer() RETURNS integer LANGUAGE sql AS 'SELECT 42'\");"
                        + " op.execute(\"CREATE VIEW todo_ids AS SELECT id FROM todos\");"
                        + " op.execute(\"INSERT INTO nowhere VALUES (1)\");",
                "", "", false);

        CliResult failed = cli.run("check", "--shadow-url", shadowUrl());

        assertEquals(ErrorCode.MIGRATION_FAILED.exitCode(), failed.exitCode(), failed.toString());
        assertFalse(failed.err().contains("warning"), failed.toString());
        assertEquals(List.of(), leftInShadow());
    }

    @Test
    void whatTheShadowHeldBeforeTheRunIsLeftAlone() throws Exception {
        shadow.execute("CREATE SCHEMA kept", "CREATE FUNCTION public.kept() RETURNS integer LANGUAGE sql AS 'SELECT 1'",
                "CREATE TYPE public.kept_mood AS ENUM ('ok')");

        assertSuccess(cli.run("check", "--shadow-url", shadowUrl()));

        assertEquals(List.of("routine public.kept", "schema kept", "type public.kept_mood"), leftInShadow());
    }

    @Test
    void theShadowUrlAloneImpliesShadowAndFindsPendingChanges() throws Exception {
        CliResult pending = cli.run("check", "--shadow-url", shadowUrl(), "--entities", V2);
        assertEquals(1, pending.exitCode(), pending.toString());
        assertTrue(pending.out().contains("create table tag"), pending.out());
    }

    @Test
    void aDatabaseThatIsNotEmptyIsRefusedAndNamed() throws Exception {
        shadow.execute("CREATE TABLE leftover (id int)");
        CliResult refused = cli.run("check", "--shadow", "--shadow-url", shadowUrl());
        assertEquals(ErrorCode.CONFIGURATION.exitCode(), refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("The shadow database " + shadowUrl() + " is not empty: it holds 1 object"
                + " (public.leftover)"), refused.err());
        assertTrue(refused.err().contains("pass --shadow-url the URL of an empty database"), refused.err());
        assertFalse(shadow.exists("todos"), "nothing ran in a database that is not empty");
    }

    @Test
    void aRevisionDiffsAgainstTheShadowUrl() throws Exception {
        CliResult revision = cli.run("revision", "--shadow-url", shadowUrl(), "-m", "second", "--entities", V2);
        assertSuccess(revision);
        MigrationSources sources = new MigrationSources(dir.resolve("src/main/java/db/migrations"));
        String second = Files.readString(sources.find("Second"));
        assertTrue(second.contains("op.createTable(\"tag\"") && !second.contains("op.createTable(\"todos\""),
                "only the change beyond the replayed migration: " + second);
        assertEquals(List.of(), leftInShadow(), revision.toString());
        assertFalse(database.exists("todos"), revision.toString());
    }

    /** The user objects the shadow database holds: relations, indexes, schemas besides public, types, routines. */
    private List<String> leftInShadow() throws Exception {
        String user = " NOT LIKE 'pg\\_%%' AND %s <> 'information_schema'";
        return shadow.column("SELECT 'relation ' || n.nspname || '.' || c.relname FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname" + user.formatted("n.nspname")
                + " UNION ALL SELECT 'schema ' || nspname FROM pg_namespace WHERE nspname <> 'public' AND nspname"
                + user.formatted("nspname")
                + " UNION ALL SELECT 'type ' || n.nspname || '.' || t.typname FROM pg_type t"
                + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typrelid = 0 AND t.typelem = 0"
                + " AND n.nspname" + user.formatted("n.nspname")
                + " UNION ALL SELECT 'routine ' || n.nspname || '.' || p.proname FROM pg_proc p"
                + " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname" + user.formatted("n.nspname")
                + " ORDER BY 1");
    }

    private String shadowUrl() {
        return shadow.url() + "?user=" + TestDatabase.USER;
    }
}
