package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code autogen} command line applies migration sources to every tenant schema with {@code --each-schema}. */
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
}
