package dev.autogen.cli;

import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.autogen.cli.Workflow.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table filters and {@code --rename} on a real database. */
@Tag("mariadb")
@Tag("postgres")
class RevisionOptionsTest {
    private static final String V1 = "dev.autogen.it.todo.v1";
    private static final String RENAMED_V1 = "dev.autogen.it.corpus.rename_column.v1";
    private static final String RENAMED_V2 = "dev.autogen.it.corpus.rename_column.v2";

    @TempDir
    Path dir;

    private TestDatabase database;
    private Workflow workflow;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
        workflow = new Workflow(dir, database);
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void aHistoryTableOfAnotherNameIsNotComparedLikeATable() throws Exception {
        CliResult revision = workflow.revision(V1, "create todos", "--history-table", "deploy_log");
        assertSuccess(revision);
        assertSuccess(workflow.cli().run("upgrade", "--history-table", "deploy_log"));
        assertTrue(database.exists("deploy_log"));

        CliResult check = workflow.cli().run("check", "--entities", V1, "--history-table", "deploy_log");
        assertEquals(0, check.exitCode(), check.toString());
    }

    @Test
    void excludedTablesAreLeftAloneByRevisionAndCheck() throws Exception {
        database.execute("CREATE SCHEMA legacy", "CREATE TABLE legacy_log (id integer)",
                "CREATE TABLE legacy.audit (id integer)");

        CliResult revision = workflow.revision(V1, "create todos", "--schemas", "public,legacy",
                "--exclude-tables", "legacy_*,legacy.*");

        assertFalse(revision.out().contains("legacy"), revision.toString());
        assertSuccess(workflow.cli().run("upgrade"));
        assertEquals(0, workflow.cli().run("check", "--entities", V1, "--schemas", "public,legacy",
                "--exclude-tables", "legacy_*,legacy.*").exitCode());
        CliResult unfiltered = workflow.cli().run("check", "--entities", V1, "--schemas", "public,legacy");
        assertEquals(1, unfiltered.exitCode(), unfiltered.toString());
        assertTrue(unfiltered.out().contains("drop table legacy_log") && unfiltered.out().contains("drop table legacy.audit"),
                unfiltered.toString());
    }

    @Test
    void includedTablesComeFromAutogenProperties() throws Exception {
        Files.writeString(dir.resolve("autogen.properties"), Files.readString(dir.resolve("autogen.properties"))
                + "\ninclude-tables=todolist\n");

        CliResult revision = workflow.revision(V1, "lists only");

        assertTrue(revision.out().contains("create table todolist"), revision.toString());
        assertFalse(revision.out().contains("create table todos"), revision.toString());
    }

    @Test
    void aConfirmedRenameKeepsTheDataAndAnUnconfirmedOneIsHinted() throws Exception {
        workflow.revision(RENAMED_V1, "tasks");
        workflow.upgradeAndVerify(RENAMED_V1);
        database.execute("INSERT INTO task (id, owner, title) VALUES (1, 'ann', 'write')");

        CliResult check = workflow.cli().run("check", "--entities", RENAMED_V2);
        assertEquals(1, check.exitCode());
        assertTrue(check.out().contains("drop column task.title"), check.toString());

        CliResult renamed = workflow.revision(RENAMED_V2, "rename title", "--rename", "task.title=headline");
        assertEquals("  rename column task.title to headline  ACCESS EXCLUSIVE  catalog only, blocks reads and writes briefly"
                + "  task: 1 row", renamed.out().lines().toList().get(1), renamed.toString());
        workflow.upgradeAndVerify(RENAMED_V2);
        assertEquals("write", database.column("SELECT headline FROM task").get(0));
    }

    @Test
    void aRenameOfSomethingThatDoesNotExistIsAConfigurationError() throws Exception {
        workflow.revision(RENAMED_V1, "tasks");
        assertSuccess(workflow.cli().run("upgrade"));

        CliResult result = workflow.cli().run("revision", "-m", "oops", "--entities", RENAMED_V2,
                "--rename", "task.titel=headline");

        assertEquals(ErrorCode.CONFIGURATION.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().contains("Cannot apply --rename task.titel=headline: the database has no column"),
                result.toString());
        assertEquals(1, workflow.migrationFiles().size());
    }
}
