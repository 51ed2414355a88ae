package dev.autogen.cli;

import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.autogen.cli.Workflow.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-made indexes, and the include filter, on a real database through the CLI. */
@Tag("mariadb")
@Tag("postgres")
class UnmanagedIndexesTest {
    private static final String V1 = "dev.autogen.it.todo.v1";
    private static final String BILLING = "dev.autogen.it.corpus.other_schema.v2";
    private static final String DEFINITIONS = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'todos'"
            + " ORDER BY 1";

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
    void handMadePartialExpressionAndDatabaseOnlyIndexesAreReportedAndLeftAlone() throws Exception {
        assertSuccess(workflow.revision(V1, "create todos"));
        assertSuccess(workflow.cli().run("upgrade"));
        database.execute("CREATE INDEX ix_todos_open ON todos (title) WHERE status <> 'DONE'",
                "CREATE INDEX ix_todos_lower ON todos (lower(title))",
                "CREATE INDEX ix_todos_list ON todos (list_id)");
        List<List<String>> before = database.query(DEFINITIONS);

        CliResult check = workflow.cli().run("check", "--entities", V1);
        assertEquals(0, check.exitCode(), check.toString());
        assertTrue(check.err().contains("note: index ix_todos_open on todos is left alone, unmanaged: partial"
                + " (WHERE ((status)::text <> 'DONE'::text)), which the entities cannot express"), check.toString());
        assertTrue(check.err().contains("note: index ix_todos_lower on todos is left alone, unmanaged: indexes"
                + " expressions"), check.toString());
        assertTrue(check.err().contains("note: index ix_todos_list on todos is left alone, unmanaged: no entity"
                + " declares it and no migration created it"), check.toString());

        CliResult revision = workflow.cli().run("revision", "-m", "nothing", "--entities", V1);
        assertTrue(revision.out().contains("No changes detected"), revision.toString());
        assertEquals(before, database.query(DEFINITIONS));

        CliResult excluded = workflow.cli().run("check", "--entities", V1, "--exclude-indexes", "todos.ix_todos_*");
        assertEquals(0, excluded.exitCode(), excluded.toString());
        assertFalse(excluded.err().contains("ix_todos_list"), excluded.toString());
    }

    @Test
    void anIncludeFilterProposesNothingForTheTablesItLeavesOut() throws Exception {
        CliResult revision = workflow.revision(BILLING, "customers only", "--include-tables", "customer*");

        assertSuccess(revision);
        assertTrue(revision.out().contains("create table customer"), revision.toString());
        assertFalse(revision.out().contains("billing"), revision.toString());
        assertSuccess(workflow.cli().run("upgrade"));
        CliResult check = workflow.cli().run("check", "--entities", BILLING, "--include-tables", "customer*");
        assertEquals(0, check.exitCode(), check.toString());
    }
}
