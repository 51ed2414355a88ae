package dev.autogen.cli;

import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.autogen.cli.Workflow.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A native enum type that the entities stop using but that a table the filter leaves out, or a domain and a
 * function, still use: {@code revision} does not drop it and says why, {@code upgrade} succeeds and
 * {@code check} is clean; and a rebuild of a type a domain uses names the domain in its review note and
 * fails loudly, rolled back, on a real database through the CLI.
 */
@Tag("mariadb")
@Tag("postgres")
class EnumTypeOutsideUsersTest {
    private static final String V1 = "dev.autogen.it.corpus.named_enum_dropped.v1";
    private static final String V2 = "dev.autogen.it.corpus.named_enum_dropped.v2";
    private static final String TYPE_EXISTS = "SELECT count(*) FROM pg_type WHERE typname = 'status' AND typtype = 'e'";

    @TempDir
    Path dir;

    private TestDatabase database;
    private Workflow workflow;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
        workflow = new Workflow(dir, database);
        assertSuccess(workflow.revision(V1, "tickets"));
        assertSuccess(workflow.cli().run("upgrade"));
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void aTypeAnExcludedTableUsesIsLeftAloneAndReported() throws Exception {
        database.execute("CREATE TABLE audit (id bigint PRIMARY KEY, status status)",
                "INSERT INTO audit VALUES (1, 'OPEN')");

        CliResult revision = workflow.revision(V2, "drop status", "--exclude-tables", "audit");
        assertSuccess(revision);
        assertTrue(revision.err().contains("note: enum type status is left alone: also used by table audit (column"
                + " status), which autogen does not compare"), revision.toString());
        String migration = workflow.lastMigration();
        assertTrue(migration.contains("dropColumn"), migration);
        assertFalse(migration.contains("dropEnumType"), migration);

        assertSuccess(workflow.cli().run("upgrade"));
        assertEquals(List.of(List.of("1")), database.query(TYPE_EXISTS));
        assertEquals(List.of(List.of("OPEN")), database.query("SELECT status::text FROM audit"));
        workflow.assertCheckIsClean(V2, "--exclude-tables", "audit");
    }

    @Test
    void aTypeADomainAndAFunctionUseIsLeftAloneAndReported() throws Exception {
        database.execute("CREATE DOMAIN status_domain AS status",
                "CREATE FUNCTION is_open(s status) RETURNS boolean LANGUAGE sql AS 'SELECT s = ''OPEN'''");

        CliResult revision = workflow.revision(V2, "drop status");
        assertSuccess(revision);
        assertTrue(revision.err().contains("note: enum type status is left alone: also used by domain status_domain,"
                + " function is_open, which autogen does not compare"), revision.toString());
        assertFalse(workflow.lastMigration().contains("dropEnumType"), workflow.lastMigration());

        assertSuccess(workflow.cli().run("upgrade"));
        assertEquals(List.of(List.of("1")), database.query(TYPE_EXISTS));
        workflow.assertCheckIsClean(V2);
    }

    @Test
    void aRebuildNamesTheDomainItDoesNotConvertAndTheUpgradeRollsBack() throws Exception {
        String v1 = "dev.autogen.it.corpus.named_enum_value_removed.v1";
        String v2 = "dev.autogen.it.corpus.named_enum_value_removed.v2";
        try (TestDatabase other = TestDatabase.create()) {
            Workflow labels = new Workflow(Files.createDirectories(dir.resolve("labels")), other);
            assertSuccess(labels.revision(v1, "tickets"));
            assertSuccess(labels.cli().run("upgrade"));
            other.execute("CREATE DOMAIN status_domain AS status");

            assertSuccess(labels.revision(v2, "drop ARCHIVED"));
            String migration = labels.lastMigration();
            assertTrue(migration.contains("replaceEnumType"), migration);
            assertTrue(migration.contains("also used by domain status_domain, which the rebuild does not convert"),
                    migration);

            CliResult upgrade = labels.cli().run("upgrade");
            assertTrue(upgrade.exitCode() != 0, upgrade.toString());
            assertTrue(upgrade.err().contains("status_domain"), upgrade.toString());
            assertEquals(List.of(List.of("{ARCHIVED,CLOSED,OPEN}")), other.query("SELECT enum_range(NULL::status)::text"));
        }
    }
}
