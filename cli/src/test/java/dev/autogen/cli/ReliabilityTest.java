package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliProcess;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.MigrationSources;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.history.AdvisoryLock;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.autogen.cli.EndToEndTest.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Concurrent deploys, failures, crashes and bad input lose nothing and say what happened. */
@Tag("mariadb")
@Tag("postgres")
class ReliabilityTest {
    private static final int PROCESSES = 8;
    private static final int MIGRATIONS = 12;

    @TempDir
    Path dir;

    private TestDatabase database;
    private Cli cli;
    private MigrationSources sources;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
        cli = Projects.cli(dir, database);
        assertSuccess(cli.run("init"));
        sources = new MigrationSources(dir.resolve("src/main/java/db/migrations"));
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void concurrentUpgradesApplyEachMigrationExactlyOnce() throws Exception {
        for (int i = 1; i <= MIGRATIONS; i++) {
            String id = String.format("20300101_%06d", i);
            List<String> parents = i == 1 ? List.of() : List.of(String.format("20300101_%06d", i - 1));
            sources.write("M" + i, id, parents, "op.execute(\"CREATE TABLE t" + i + " (id integer)\");"
                    + " op.execute(\"INSERT INTO t" + i + " VALUES (" + i + ")\");", "op.execute(\"DROP TABLE t" + i + "\");");
        }
        List<CliProcess> processes = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            processes.add(CliProcess.start(dir, environment(), "upgrade"));
        }
        List<String> applied = new ArrayList<>();
        for (CliProcess process : processes) {
            CliResult result = process.await(240);
            assertEquals(0, result.exitCode(), result.toString());
            Matcher matcher = Pattern.compile("Applied (\\d{8}_\\d{6})").matcher(result.out());
            while (matcher.find()) {
                applied.add(matcher.group(1));
            }
        }
        assertEquals(MIGRATIONS, applied.size(), "each migration applied by exactly one process: " + applied);
        assertEquals(MIGRATIONS, applied.stream().distinct().count());
        assertEquals(List.of(String.valueOf(MIGRATIONS)), database.column("SELECT count(*) FROM autogen_history"));
        for (int i = 1; i <= MIGRATIONS; i++) {
            assertEquals(List.of(String.valueOf(i)), database.column("SELECT id FROM t" + i));
        }
    }

    @Test
    void twoRevisionsAtOnceInOneFolderBuildOneChain() throws Exception {
        sources.write("One", "20300101_000001", List.of(), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");
        List<CliProcess> processes = new ArrayList<>();
        for (String message : List.of("left", "right")) {
            processes.add(CliProcess.start(dir, environment(), "revision", "--empty", "-m", message));
        }
        for (CliProcess process : processes) {
            assertSuccess(process.await(240));
        }

        assertEquals(3, sources.files().size());
        CliResult heads = cli.run("heads");
        assertSuccess(heads);
        assertEquals(1, heads.out().lines().count(), "one chain, not two sibling heads: " + heads.out());
    }

    @Test
    void aKilledUpgradeLeavesNoPartialDdlAndNoStuckLock() throws Exception {
        sources.write("Slow", "20300101_000001", List.of(),
                "op.execute(\"CREATE TABLE crash_t (id integer)\"); op.execute(\"SELECT pg_sleep(120)\");",
                "op.execute(\"DROP TABLE crash_t\");");
        CliProcess process = CliProcess.start(dir, environment(), "upgrade");
        waitFor("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'SELECT pg_sleep(120)%'", "1", 60);

        process.kill();

        waitFor("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'SELECT pg_sleep(120)%'", "0", 30);
        assertFalse(database.exists("crash_t"), "the killed migration's DDL was rolled back");
        assertEquals(List.of("0"), database.column("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
        sources.edit("Slow", " op.execute(\"SELECT pg_sleep(120)\");", "");
        CliResult retry = cli.run("upgrade", "--lock-timeout", "10");
        assertSuccess(retry);
        assertTrue(database.exists("crash_t"));
    }

    @Test
    void aFailingMigrationIsRolledBackWholeAndEarlierOnesStay() throws Exception {
        sources.write("First", "20300101_000001", List.of(), "op.execute(\"CREATE TABLE first (id integer)\");",
                "op.execute(\"DROP TABLE first\");");
        sources.write("Second", "20300101_000002", List.of("20300101_000001"),
                "op.execute(\"CREATE TABLE second (id integer)\"); op.execute(\"INSERT INTO nowhere VALUES (1)\");",
                "op.execute(\"DROP TABLE second\");");

        CliResult result = cli.run("upgrade");

        assertEquals(ErrorCode.MIGRATION_FAILED.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().contains("Migration 20300101_000002 (src/main/java/db/migrations/Second.java) failed and was rolled back")
                && result.err().contains("Failing statement: INSERT INTO nowhere VALUES (1)")
                && result.err().contains("relation \"nowhere\" does not exist"), result.toString());
        assertTrue(database.exists("first"));
        assertFalse(database.exists("second"));
        assertEquals(List.of("20300101_000001"), database.column("SELECT revision FROM autogen_history"));
    }

    @Test
    void aMigrationOutsideATransactionCreatesAnIndexConcurrently() throws Exception {
        sources.write("Table", "20300101_000001", List.of(), "op.execute(\"CREATE TABLE big (id integer)\");",
                "op.execute(\"DROP TABLE big\");");
        sources.write("Index", "20300101_000002", List.of("20300101_000001"),
                "op.execute(\"CREATE INDEX CONCURRENTLY idx_big ON big (id)\");",
                "op.execute(\"DROP INDEX CONCURRENTLY idx_big\");", "", false);

        assertSuccess(cli.run("upgrade"));
        assertTrue(database.exists("idx_big"));
        assertSuccess(cli.run("downgrade", "-1"));
        assertFalse(database.exists("idx_big"));
        CliResult sql = cli.run("upgrade", "--sql", "base:head");
        assertTrue(sql.out().contains("-- Runs outside a transaction"), sql.out());
    }

    @Test
    void aSteppedMigrationThatFailsInAStepIsResumedByTheNextUpgrade() throws Exception {
        sources.write("Table", "20300101_000001", List.of(),
                "op.execute(\"CREATE TABLE big (id integer, rank integer)\"); op.execute(\"INSERT INTO big VALUES (1, 0)\");",
                "op.execute(\"DROP TABLE big\");");
        sources.write("Safe", "20300101_000002", List.of("20300101_000001"),
                "op.createIndexConcurrently(\"big\", dev.autogen.runtime.Ddl.index(\"idx_big\", \"id\"));"
                        + " op.addCheckNotValid(\"big\", dev.autogen.runtime.Ddl.check(\"ck_big_rank\", \"rank > 0\"));"
                        + " op.validateConstraint(\"big\", \"ck_big_rank\");",
                "op.dropCheck(\"big\", \"ck_big_rank\"); op.dropIndexConcurrently(\"big\", \"idx_big\");");

        CliResult failed = cli.run("upgrade");
        assertEquals(ErrorCode.MIGRATION_FAILED.exitCode(), failed.exitCode(), failed.toString());
        assertTrue(failed.err().contains("it resumes at statement 3 (ALTER TABLE big VALIDATE CONSTRAINT ck_big_rank)"),
                failed.toString());
        assertTrue(cli.run("current").out().contains("20300101_000002 Safe (incomplete)"));

        database.execute("UPDATE big SET rank = 1");
        assertSuccess(cli.run("upgrade"));
        assertTrue(database.exists("idx_big"));
        assertSuccess(cli.run("downgrade", "-1"));
        assertFalse(database.exists("idx_big"));
        CliResult sql = cli.run("upgrade", "--sql", "base:head");
        assertTrue(sql.out().contains("-- Step 1 of 3: outside a transaction block"), sql.out());
    }

    @Test
    void aHalfDoneNonTransactionalMigrationBlocksUntilRepaired() throws Exception {
        sources.write("Half", "20300101_000001", List.of(),
                "op.execute(\"CREATE TABLE half (id integer)\"); op.execute(\"CREATE INDEX CONCURRENTLY idx_x ON missing (id)\");",
                "op.execute(\"DROP TABLE half\");", "", false);

        CliResult failed = cli.run("upgrade");
        assertEquals(ErrorCode.MIGRATION_FAILED.exitCode(), failed.exitCode(), failed.toString());
        assertTrue(failed.err().contains("statement 2 of 2") && failed.err().contains("upgrade --repair"), failed.toString());
        CliResult blocked = cli.run("upgrade");
        assertEquals(ErrorCode.INCOMPLETE_MIGRATION.exitCode(), blocked.exitCode(), blocked.toString());

        database.execute("DROP TABLE half", "CREATE TABLE missing (id integer)");
        assertSuccess(cli.run("upgrade", "--repair"));
        assertTrue(database.exists("idx_x"));
    }

    @Test
    void theLockWaitEndsWithAClearError() throws Exception {
        sources.write("One", "20300101_000001", List.of(), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");
        try (Connection holder = database.connect(); Statement statement = holder.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + AdvisoryLock.keyOf(new HistoryLocation("public", "autogen_history")) + ")");
            CliResult result = cli.run("upgrade", "--lock-timeout", "1");
            assertEquals(ErrorCode.LOCK_TIMEOUT.exitCode(), result.exitCode(), result.toString());
            assertTrue(result.err().contains("--lock-timeout") && result.err().contains("autogen_history"), result.toString());
        }
        assertSuccess(cli.run("upgrade"));
    }

    @Test
    void aMigrationWhoseConstructorThrows() throws Exception {
        sources.write("Broken", "20300101_000001", List.of(), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");",
                "    public Broken() {\n        throw new IllegalStateException(\"no config\");\n    }\n\n", true);
        CliResult result = cli.run("upgrade");
        assertEquals(ErrorCode.MIGRATION_LOAD.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().contains("20300101_000001") && result.err().contains("Broken.java")
                && result.err().contains("no config") && result.err().contains("constructor"), result.toString());
        assertFalse(result.err().contains("\tat "), result.toString());
    }

    @Test
    void anAppliedRevisionWhoseFileIsGone() throws Exception {
        Path file = sources.write("Gone", "20300101_000001", List.of(), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");
        assertSuccess(cli.run("upgrade"));
        Files.delete(file);
        CliResult result = cli.run("upgrade");
        assertEquals(ErrorCode.HISTORY_MISMATCH.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().contains("Revision 20300101_000001 (Gone)") && result.err().contains("Restore"), result.toString());
    }

    @Test
    void aHistoryTableWrittenByANewerAutogen() throws Exception {
        sources.write("One", "20300101_000001", List.of(), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");
        assertSuccess(cli.run("upgrade"));
        database.execute("COMMENT ON TABLE autogen_history IS 'autogen history format 99'");
        CliResult result = cli.run("current");
        assertEquals(ErrorCode.HISTORY_MISMATCH.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().contains("newer autogen (format 99"), result.toString());
    }

    @Test
    void aDuplicateIdNamesBothFiles() throws Exception {
        sources.write("One", "20300101_000001", List.of(), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");
        sources.write("Two", "20300101_000001", List.of(), "op.execute(\"SELECT 2\");", "op.execute(\"SELECT 2\");");
        CliResult result = cli.run("upgrade");
        assertEquals(ErrorCode.REVISION_GRAPH.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().contains("One.java") && result.err().contains("Two.java"), result.toString());
    }

    @Test
    void passwordsNeverShow() throws Exception {
        sources.write("One", "20300101_000001", List.of(), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");
        cli.env("AUTOGEN_PASSWORD", "s3cret-env");
        CliResult result = cli.run("upgrade", "--url", database.url() + "?password=s3cret-url", "--verbose");
        assertSuccess(result);
        assertFalse((result.out() + result.err()).contains("s3cret"), result.toString());
        assertTrue(result.out().contains("password=***"), result.toString());
    }

    private Map<String, String> environment() {
        return Map.of("AUTOGEN_URL", database.url(), "AUTOGEN_USER", TestDatabase.USER);
    }

    private void waitFor(String query, String expected, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (database.column(query).equals(List.of(expected))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("'" + query + "' did not return " + expected + " within " + seconds + " s");
    }
}
