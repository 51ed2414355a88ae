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

import java.nio.file.Path;

import static dev.autogen.cli.EndToEndTest.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --shadow-url}: the migrations are replayed into an existing empty database instead of an
 * embedded server; a database that is not empty is refused, named, before anything runs in it.
 */
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
        assertTrue(shadow.exists("todos"), "the migration ran in the shadow database");
        assertFalse(database.exists("todos"), "the configured database is left alone");
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
        assertTrue(shadow.exists("todos"), revision.toString());
        assertFalse(database.exists("todos"), revision.toString());
    }

    private String shadowUrl() {
        return shadow.url() + "?user=" + TestDatabase.USER;
    }
}
