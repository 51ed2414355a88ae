package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.MigrationSources;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.autogen.cli.EndToEndTest.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review output names the locks: the summary of {@code revision}, {@code show} and
 * {@code lint} give each operation's lock, work and live row count, and {@code lint} fails when a
 * risky operation has no {@code // REVIEW:} note.
 */
@Tag("mariadb")
@Tag("postgres")
class LockReviewTest {
    private static final String V1 = "dev.autogen.it.todo.v1";
    private static final String V2 = "dev.autogen.it.todo.v2";
    private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/nowhere";
    private static final String BASE = "20300101_000001";

    @RegisterExtension
    static final TestDatabase database = TestDatabase.perClass().emptiedBeforeEach();

    @TempDir
    Path dir;

    private Cli cli;
    private MigrationSources sources;

    @BeforeEach
    void setUp() throws Exception {
        cli = Projects.cli(dir, database);
        assertSuccess(cli.run("init", "--entities", V1));
        sources = new MigrationSources(dir.resolve("src/main/java/db/migrations"));
        sources.write("CreateItems", BASE, List.of(),
                "op.execute(\"CREATE TABLE items (id integer PRIMARY KEY, name varchar(40), qty integer)\");",
                "op.execute(\"DROP TABLE items\");");
    }

    private void upgradeWithRows(int rows) throws Exception {
        assertSuccess(cli.run("upgrade"));
        database.execute("INSERT INTO items SELECT g, 'item ' || g, g FROM generate_series(1, " + rows + ") g",
                "ANALYZE items");
    }

    @Test
    void aRiskyOperationWithoutANoteFailsLintAndANoteSettlesIt() throws Exception {
        sources.write("IndexItems", "20300101_000002", List.of(BASE),
                "op.createIndex(\"items\", dev.autogen.runtime.Ddl.index(\"ix_items_name\", \"name\"));", "op.dropIndex(\"items\", \"ix_items_name\");");

        CliResult risky = cli.run("lint");
        assertEquals(ErrorCode.UNREVIEWED_LOCKS.exitCode(), risky.exitCode(), risky.toString());
        assertEquals(23, risky.exitCode());
        assertTrue(risky.out().contains("create index ix_items_name on items (name)  SHARE  scans, blocks writes"), risky.out());
        assertTrue(risky.out().contains("RISKY  NO REVIEW NOTE"), risky.out());
        assertTrue(risky.out().contains("SHARE on items blocks writes while it scans items"), risky.out());
        assertTrue(risky.out().contains("1 risky or unrecognised operation without a // REVIEW: note"), risky.out());

        CliResult json = cli.run("lint", "--format", "json");
        assertEquals(23, json.exitCode(), json.toString());
        assertTrue(json.out().startsWith("{\"unreviewed\":1,\"revisions\":[{\"id\":\"20300101_000001\""), json.out());
        assertTrue(json.out().contains("{\"operation\":\"create index ix_items_name on items (name)\",\"table\":\"items\","
                + "\"newTable\":false,\"rows\":null,\"rowsEstimated\":true,\"lock\":\"SHARE\",\"effect\":\"scans, blocks writes\","
                + "\"verdict\":\"RISKY\",\"reviewNote\":false"), json.out());
        assertTrue(json.out().contains("\"statements\":[{\"sql\":\"CREATE INDEX ix_items_name ON items (name)\","
                + "\"execution\":\"IN_TRANSACTION\",\"locks\":[{\"table\":\"items\",\"mode\":\"SHARE\"}],\"work\":\"SCAN\""), json.out());
        assertEquals(2, cli.run("lint", "--format", "xml").exitCode());

        sources.edit("IndexItems", "op.createIndex(", "// REVIEW: items is small; a short write stall is fine\n        op.createIndex(");
        CliResult reviewed = cli.run("lint");
        assertSuccess(reviewed);
        assertTrue(reviewed.out().contains("RISKY  reviewed"), reviewed.out());
    }

    @Test
    void handWrittenSqlIsAnalysedAndWhatIsNotRecognisedIsLeftForReview() throws Exception {
        sources.write("Backfill", "20300101_000002", List.of(BASE),
                "op.execute(\"UPDATE items SET qty = 0\");\n"
                        + "        op.execute(\"CREATE INDEX CONCURRENTLY ix_items_qty ON items (qty)\");\n"
                        + "        op.execute(\"ALTER TABLE items ALTER COLUMN name TYPE varchar(80)\");\n"
                        + "        op.execute(\"DO $$ BEGIN PERFORM 1; END $$\");",
                "op.execute(\"SELECT 1\");", "", true);

        CliResult lint = cli.run("lint", "20300101_000002");
        assertEquals(ErrorCode.UNREVIEWED_LOCKS.exitCode(), lint.exitCode(), lint.toString());
        assertFalse(lint.out().contains("CreateItems"), "only the revision asked for: " + lint.out());
        List<String> lines = lint.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("execute UPDATE items SET qty = 0") && l.contains("ROW EXCLUSIVE")
                && l.contains("writes all rows") && l.contains("NO REVIEW NOTE")), lint.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("CONCURRENTLY") && l.contains("SHARE UPDATE EXCLUSIVE")
                && l.contains("scans, blocks nothing") && !l.contains("RISKY")), lint.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("TYPE varchar(80)") && l.contains("rewrites")
                && l.contains("RISKY")), lint.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("execute DO $$") && l.contains("REVIEW BY HAND")
                && l.contains("NO REVIEW NOTE")), lint.out());
        assertTrue(lint.out().contains("not recognised: review by hand (DO $$ BEGIN PERFORM 1; END $$)"), lint.out());
        assertTrue(lint.out().contains("3 risky or unrecognised operations"), lint.out());
    }

    @Test
    void operationsThatCannotBePairedWithTheirStatementsNeedAWholeMigrationNote() throws Exception {
        sources.write("Loop", "20300101_000002", List.of(BASE),
                "for (String c : new String[] {\"a\", \"b\"}) {\n"
                        + "            op.addColumn(\"items\", dev.autogen.runtime.Ddl.column(c, \"integer\").notNull());\n        }\n"
                        + "        // REVIEW: fine\n        op.createIndex(\"items\", dev.autogen.runtime.Ddl.index(\"ix_items_a\", \"a\"));",
                "op.dropIndex(\"items\", \"ix_items_a\");");
        CliResult lint = cli.run("lint");
        assertEquals(ErrorCode.UNREVIEWED_LOCKS.exitCode(), lint.exitCode(), lint.toString());
        assertTrue(lint.out().contains("Notes not read: its upgrade() records 3 operations but has 2 op. statements"),
                lint.out());

        sources.edit("Loop", "    @Override\n    public void upgrade", "    // REVIEW: reviewed as a whole\n"
                + "    @Override\n    public void upgrade");
        assertSuccess(cli.run("lint"));
    }

    @Test
    void lintAndShowGiveTheLiveRowCountsOfTheDatabase() throws Exception {
        upgradeWithRows(1500);
        sources.write("Widen", "20300101_000002", List.of(BASE),
                "op.alterColumnType(\"items\", \"qty\", \"bigint\");", "op.alterColumnType(\"items\", \"qty\", \"integer\");");

        CliResult lint = cli.run("lint", "20300101_000002");
        assertTrue(lint.out().contains("items: ~1500 rows"), lint.out());
        CliResult show = cli.run("show", "20300101_000002");
        assertSuccess(show);
        assertTrue(show.out().contains("alter column items.qty type bigint") && show.out().contains("items: ~1500 rows"),
                show.out());

        CliResult offline = cli.run("show", "20300101_000002", "--url", NOWHERE);
        assertSuccess(offline);
        assertTrue(offline.out().contains("ACCESS EXCLUSIVE") && !offline.out().contains("rows"), offline.out());
    }

    @Test
    void revisionPrintsEachOperationsLockWithTheExactRowCount() throws Exception {
        assertSuccess(cli.run("upgrade"));
        assertSuccess(cli.run("revision", "-m", "todos"));
        assertSuccess(cli.run("upgrade"));
        database.execute("INSERT INTO todolist (id, name) VALUES (1, 'home')",
                "INSERT INTO todos (title, list_id) SELECT 'todo ' || g, 1 FROM generate_series(1, 3) g");

        CliResult revision = cli.run("revision", "-m", "v2", "--entities", V2);
        assertSuccess(revision);
        List<String> lines = revision.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("create index concurrently idx_todos_owner on todos (owner, dueat)")
                && l.contains("todos: 3 rows")), revision.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("create table")
                && l.contains("new table")), revision.out());
    }
}
