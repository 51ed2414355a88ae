package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code autogen} command line applies migration sources to every tenant schema with {@code --each-schema}. */
@Tag("mariadb")
@Tag("postgres")
class EachSchemaCliTest {
    private static final String V1 = "dev.autogen.it.todo.v1";

    @TempDir
    Path dir;

    private TestDatabase database;
    private Workflow workflow;
    private Cli cli;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
        workflow = new Workflow(dir, database);
        cli = workflow.cli();
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void upgradesEveryTenantFromSourcesAndReportsTheBrokenOne() throws Exception {
        workflow.revision(V1, "create todos");
        database.execute("CREATE SCHEMA tenant_a", "CREATE SCHEMA tenant_b", "CREATE SCHEMA tenant_c",
                "CREATE TABLE tenant_b.todolist (unrelated text)");

        CliResult upgrade = cli.run("upgrade", "--each-schema", "tenant_*", "--parallel", "2");

        assertEquals(24, upgrade.exitCode(), upgrade.toString());
        assertTrue(upgrade.out().lines().anyMatch(line -> line.startsWith("tenant_b  FAILED")), upgrade.toString());
        assertTrue(upgrade.out().contains("Upgraded 2 of 3 schemas; 1 failed"), upgrade.toString());
        assertEquals(List.of("1"), database.column("SELECT count(*) FROM tenant_a.autogen_history"));
        assertEquals(List.of("1"), database.column("SELECT count(*) FROM tenant_c.autogen_history"));
        assertTrue(database.exists("tenant_c.todos"));

        CliResult current = cli.run("current", "--each-schema", "tenant_*");
        assertEquals(0, current.exitCode(), current.toString());
        assertTrue(current.out().lines().anyMatch(line -> line.matches("tenant_a  \\S+ \\(head\\).*")), current.toString());
        assertTrue(current.out().contains("tenant_b  base (behind head)"), current.toString());
    }

    @Test
    void checkReportsEveryTenantAsCleanPendingOrFailedAndExitsOneOnlyWhenNoneFailed() throws Exception {
        workflow.revision(V1, "create todos");
        database.execute("CREATE SCHEMA tenant_a", "CREATE SCHEMA tenant_b", "CREATE SCHEMA tenant_c", "CREATE SCHEMA tenant_d");
        assertEquals(0, cli.run("upgrade", "--each-schema", "tenant_a,tenant_b,tenant_d").exitCode());
        database.execute("ALTER TABLE tenant_b.todos DROP COLUMN title",
                "ALTER TABLE tenant_d.autogen_history RENAME TO autogen_history_old",
                "CREATE TABLE tenant_d.autogen_history (unrelated text)");

        CliResult failing = cli.run("check", "--each-schema", "tenant_*", "--entities", V1, "--parallel", "2");

        assertEquals(24, failing.exitCode(), failing.toString());
        assertTrue(failing.out().lines().anyMatch(line -> line.matches("tenant_a  clean at \\S+ \\(\\d+ ms\\)")), failing.toString());
        assertTrue(failing.out().lines().anyMatch(line -> line.matches("tenant_b  1 change pending at \\S+ \\(\\d+ ms\\)")), failing.toString());
        assertTrue(failing.out().lines().anyMatch(line -> line.startsWith("            ") && line.contains("title")), failing.toString());
        assertTrue(failing.out().contains("tenant_c  behind head: at base"), failing.toString());
        assertTrue(failing.out().lines().anyMatch(line -> line.startsWith("tenant_d  FAILED")), failing.toString());
        assertTrue(failing.out().contains("Checked 3 of 4 schemas; 2 with changes pending; 1 failed"), failing.toString());
        assertTrue(failing.err().contains("1 schema failed: tenant_d"), failing.toString());

        CliResult pending = cli.run("check", "--each-schema", "tenant_a,tenant_b,tenant_c", "--entities", V1);
        assertEquals(1, pending.exitCode(), pending.toString());
        assertTrue(pending.out().contains("Checked 3 of 3 schemas; 2 with changes pending"), pending.toString());

        CliResult clean = cli.run("check", "--each-schema", "tenant_a", "--entities", V1);
        assertEquals(0, clean.exitCode(), clean.toString());
        assertTrue(clean.out().contains("Checked 1 of 1 schema ("), clean.toString());
    }

    @Test
    void checkWithTheShadowOverManySchemasIsAUsageError() {
        CliResult shadow = cli.run("check", "--each-schema", "tenant_*", "--shadow", "--entities", V1);

        assertEquals(2, shadow.exitCode(), shadow.toString());
        assertTrue(shadow.err().contains("--shadow cannot be combined with --each-schema"), shadow.toString());
    }

    @Test
    void eachUrlWithEachSchemaRunsOnEveryMatchingSchemaOfEveryDatabase() throws Exception {
        workflow.revision(V1, "create todos");
        try (TestDatabase second = TestDatabase.create()) {
            database.execute("CREATE SCHEMA tenant_a", "CREATE SCHEMA tenant_b");
            second.execute("CREATE SCHEMA tenant_c", "CREATE SCHEMA other");
            java.nio.file.Files.writeString(dir.resolve("fleet.txt"), database.url() + "\n" + second.url() + "\n");

            CliResult upgrade = cli.run("upgrade", "--each-url", "fleet.txt", "--each-schema", "tenant_*");

            assertEquals(0, upgrade.exitCode(), upgrade.toString());
            assertTrue(upgrade.out().contains("tenant_a (" + database.url() + ")  base → "), upgrade.toString());
            assertTrue(upgrade.out().contains("tenant_c (" + second.url() + ")"), upgrade.toString());
            assertTrue(upgrade.out().contains("Upgraded 3 of 3 schemas"), upgrade.toString());
            assertTrue(second.exists("tenant_c.todos"));
            assertTrue(database.exists("tenant_b.todos"));
            assertTrue(!second.exists("other.todos") && !second.exists("public.todos"));

            CliResult check = cli.run("check", "--each-url", "fleet.txt", "--each-schema", "tenant_*", "--entities", V1);
            assertEquals(0, check.exitCode(), check.toString());
            assertTrue(check.out().contains("Checked 3 of 3 schemas"), check.toString());
        }
    }
}
