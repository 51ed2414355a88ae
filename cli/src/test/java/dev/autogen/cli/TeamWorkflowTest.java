package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.MigrationSources;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.autogen.cli.EndToEndTest.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pull-request workflow: branches, heads, merges, targets, stamps, offline SQL, shadow checks, tampering. */
@Tag("mariadb")
@Tag("postgres")
class TeamWorkflowTest {
    private static final String V1 = "dev.autogen.it.todo.v1";
    private static final String V2 = "dev.autogen.it.todo.v2";
    private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/nowhere";

    @TempDir
    Path dir;

    private TestDatabase database;
    private Cli cli;
    private MigrationSources sources;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
        cli = Projects.cli(dir, database);
        assertSuccess(cli.run("init", "--entities", V1));
        sources = new MigrationSources(dir.resolve("src/main/java/db/migrations"));
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void twoBranchesGiveTwoHeadsThatAMergeJoins() throws Exception {
        assertSuccess(cli.run("revision", "-m", "create todos"));
        assertSuccess(cli.run("upgrade"));
        String base = MigrationSources.idOf(sources.files().get(0));
        sources.write("BranchA", "20300101_000001", List.of(base),
                "op.execute(\"CREATE TABLE branch_a (id integer)\");", "op.execute(\"DROP TABLE branch_a\");");
        sources.write("BranchB", "20300101_000002", List.of(base),
                "op.execute(\"CREATE TABLE branch_b (id integer)\");", "op.execute(\"DROP TABLE branch_b\");");

        CliResult heads = cli.run("heads");
        assertSuccess(heads);
        assertTrue(heads.out().contains("20300101_000001") && heads.out().contains("20300101_000002"), heads.out());

        CliResult refused = cli.run("upgrade");
        assertEquals(ErrorCode.REVISION_GRAPH.exitCode(), refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("20300101_000001, 20300101_000002") && refused.err().contains("autogen merge"),
                refused.toString());
        CliResult revision = cli.run("revision", "-m", "too early");
        assertEquals(ErrorCode.REVISION_GRAPH.exitCode(), revision.exitCode(), revision.toString());

        CliResult merge = cli.run("merge", "-m", "merge branches");
        assertSuccess(merge);
        assertTrue(merge.out().contains("merging 20300101_000001, 20300101_000002"), merge.out());
        Path mergeFile = sources.find("MergeBranches");
        assertTrue(Files.readString(mergeFile).contains("parents = {\"20300101_000001\", \"20300101_000002\"}"));

        assertSuccess(cli.run("upgrade"));
        assertTrue(database.exists("branch_a") && database.exists("branch_b"));
        CliResult current = cli.run("current");
        assertTrue(current.out().contains(MigrationSources.idOf(mergeFile)) && current.out().contains("(head)"), current.out());
        assertSuccess(cli.run("downgrade", "-1"));
        CliResult afterUndo = cli.run("current");
        assertTrue(afterUndo.out().contains("20300101_000001") && afterUndo.out().contains("20300101_000002"), afterUndo.out());
    }

    @Test
    void upgradeHeadsAppliesEveryBranch() throws Exception {
        sources.write("Root", "20300101_000000", List.of(), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");
        sources.write("BranchA", "20300101_000001", List.of("20300101_000000"),
                "op.execute(\"CREATE TABLE branch_a (id integer)\");", "op.execute(\"DROP TABLE branch_a\");");
        sources.write("BranchB", "20300101_000002", List.of("20300101_000000"),
                "op.execute(\"CREATE TABLE branch_b (id integer)\");", "op.execute(\"DROP TABLE branch_b\");");

        assertSuccess(cli.run("upgrade", "heads"));

        assertTrue(database.exists("branch_a") && database.exists("branch_b"));
        CliResult current = cli.run("current");
        assertTrue(current.out().contains("20300101_000001") && current.out().contains("20300101_000002"), current.out());
    }

    @Test
    void brokenGraphsAreRejectedWithTheOffendersNamed() throws Exception {
        sources.write("First", "20300101_000001", List.of(), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");
        sources.write("Copy", "20300101_000001", List.of(), "op.execute(\"SELECT 2\");", "op.execute(\"SELECT 2\");");
        CliResult duplicate = cli.run("heads");
        assertEquals(ErrorCode.REVISION_GRAPH.exitCode(), duplicate.exitCode(), duplicate.toString());
        assertTrue(duplicate.err().contains("Duplicate revision id 20300101_000001") && duplicate.err().contains("Copy.java")
                && duplicate.err().contains("First.java"), duplicate.toString());

        Files.delete(sources.find("Copy"));
        sources.write("Orphan", "20300101_000002", List.of("20290101_000000"), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");
        CliResult unknownParent = cli.run("upgrade");
        assertEquals(ErrorCode.REVISION_GRAPH.exitCode(), unknownParent.exitCode(), unknownParent.toString());
        assertTrue(unknownParent.err().contains("20300101_000002") && unknownParent.err().contains("20290101_000000"),
                unknownParent.toString());

        Files.delete(sources.find("Orphan"));
        sources.write("First", "20300101_000001", List.of("20300101_000003"), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");
        sources.write("Loop", "20300101_000003", List.of("20300101_000001"), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");
        CliResult cycle = cli.run("history");
        assertEquals(ErrorCode.REVISION_GRAPH.exitCode(), cycle.exitCode(), cycle.toString());
        assertTrue(cycle.err().contains("cycle") && cycle.err().contains("20300101_000001, 20300101_000003"), cycle.toString());
    }

    @Test
    void targetsByPrefixAndRelativeSteps() throws Exception {
        sources.write("One", "20300101_000001", List.of(), "op.execute(\"CREATE TABLE one (id integer)\");", "op.execute(\"DROP TABLE one\");");
        sources.write("Two", "20300101_000002", List.of("20300101_000001"), "op.execute(\"CREATE TABLE two (id integer)\");", "op.execute(\"DROP TABLE two\");");
        sources.write("Three", "20300102_000003", List.of("20300101_000002"), "op.execute(\"CREATE TABLE three (id integer)\");", "op.execute(\"DROP TABLE three\");");

        CliResult ambiguous = cli.run("upgrade", "20300101");
        assertEquals(ErrorCode.UNKNOWN_TARGET.exitCode(), ambiguous.exitCode(), ambiguous.toString());
        assertTrue(ambiguous.err().contains("ambiguous") && ambiguous.err().contains("20300101_000001, 20300101_000002"),
                ambiguous.toString());

        assertSuccess(cli.run("upgrade", "+1"));
        assertTrue(database.exists("one") && !database.exists("two"));
        assertEquals(ErrorCode.UNKNOWN_TARGET.exitCode(), cli.run("upgrade", "20300101_0000").exitCode());
        assertFalse(database.exists("two"), "a prefix of two revisions must not pick one");
        assertSuccess(cli.run("upgrade", "20300101_000002"));
        assertTrue(database.exists("two") && !database.exists("three"));
        assertSuccess(cli.run("upgrade", "20300102"));
        assertTrue(database.exists("three"));
        assertSuccess(cli.run("downgrade", "-2"));
        assertTrue(database.exists("one") && !database.exists("two"));
        assertSuccess(cli.run("downgrade", "base"));
        assertFalse(database.exists("one"));
    }

    @Test
    void stampShowAndHistory() throws Exception {
        sources.write("One", "20300101_000001", List.of(), "op.execute(\"CREATE TABLE one (id integer)\");", "op.execute(\"DROP TABLE one\");");
        sources.write("Two", "20300101_000002", List.of("20300101_000001"), "op.execute(\"CREATE TABLE two (id integer)\");", "op.execute(\"DROP TABLE two\");");

        assertSuccess(cli.run("stamp", "head"));
        assertFalse(database.exists("one"), "stamp runs nothing");
        CliResult history = cli.run("history", "--verbose");
        assertTrue(history.out().startsWith("20300101_000001 -> 20300101_000002 (head) [applied]"), history.out());
        assertTrue(history.out().contains("[applied]") && !history.out().contains("[pending]"), history.out());
        assertTrue(history.out().contains("file: src/main/java/db/migrations/Two.java"), history.out());
        assertSuccess(cli.run("stamp", "20300101_000001"));
        assertTrue(cli.run("history").out().contains("20300101_000001 -> 20300101_000002 (head) [pending]"));

        CliResult show = cli.run("show", "20300101_000002");
        assertSuccess(show);
        assertTrue(show.out().contains("Parents:  20300101_000001") && show.out().contains("execute CREATE TABLE two (id integer)")
                && show.out().contains("execute DROP TABLE two"), show.out());
    }

    @Test
    void stampKeepsRowsItDoesNotKnowAndAddFillsAGap() throws Exception {
        sources.write("One", "20300101_000001", List.of(), "op.execute(\"CREATE TABLE one (id integer)\");", "op.execute(\"DROP TABLE one\");");
        sources.write("Two", "20300101_000002", List.of("20300101_000001"), "op.execute(\"CREATE TABLE two (id integer)\");", "op.execute(\"DROP TABLE two\");");
        assertSuccess(cli.run("upgrade"));
        database.execute("DELETE FROM autogen_history WHERE revision = '20300101_000001'");

        CliResult gap = cli.run("upgrade");
        assertEquals(ErrorCode.HISTORY_MISMATCH.exitCode(), gap.exitCode(), gap.toString());
        assertTrue(gap.err().contains("'autogen stamp --add 20300101_000001'"), gap.toString());
        assertSuccess(cli.run("stamp", "--add", "20300101_000001"));
        assertTrue(cli.run("upgrade").out().contains("Nothing to apply"), "the gap is filled without running anything");

        Files.delete(sources.find("Two"));
        CliResult stamp = cli.run("stamp", "head");
        assertSuccess(stamp);
        assertTrue(stamp.out().contains("Kept the rows of 20300101_000002") && stamp.out().contains("--purge-unknown"),
                stamp.out());
        assertEquals(List.of("20300101_000001", "20300101_000002"),
                database.column("SELECT revision FROM autogen_history ORDER BY revision"));
        assertSuccess(cli.run("stamp", "--purge-unknown", "head"));
        assertEquals(List.of("20300101_000001"), database.column("SELECT revision FROM autogen_history"));
    }

    @Test
    void commandsThatNeedNoDatabaseWorkWithoutOne() throws Exception {
        sources.write("One", "20300101_000001", List.of(), "op.execute(\"CREATE TABLE one (id integer)\");", "op.execute(\"DROP TABLE one\");");

        CliResult empty = cli.run("revision", "--empty", "-m", "hand written", "--url", NOWHERE);
        assertSuccess(empty);
        Path blank = sources.find("HandWritten");
        assertTrue(Files.readString(blank).contains("parents = \"20300101_000001\""), Files.readString(blank));

        CliResult sql = cli.run("upgrade", "--sql", "base:head", "--url", NOWHERE);
        assertSuccess(sql);
        assertTrue(sql.out().contains("CREATE TABLE IF NOT EXISTS autogen_history") && sql.out().contains("CREATE TABLE one (id integer);")
                && sql.out().contains("BEGIN;") && sql.out().contains("COMMIT;"), sql.out());
        CliResult down = cli.run("downgrade", "--sql", "head:base", "--url", NOWHERE);
        assertSuccess(down);
        assertTrue(down.out().contains("DROP TABLE one;") && down.out().contains("DELETE FROM autogen_history"), down.out());
        CliResult partial = cli.run("upgrade", "--sql", "20300101_000001:head", "--url", NOWHERE);
        assertSuccess(partial);
        assertTrue(partial.out().startsWith("-- autogen upgrade 20300101_000001:head: 1 revision,"), partial.out());
        assertFalse(partial.out().contains("CREATE TABLE one"), partial.out());

        CliResult otherDialect = cli.run("upgrade", "--sql", "base:head", "--url", "jdbc:mysql://localhost/x");
        assertEquals(ErrorCode.CONFIGURATION.exitCode(), otherDialect.exitCode(), otherDialect.toString());
        assertTrue(otherDialect.err().contains("autogen supports PostgreSQL and MariaDB, not MySQL"), otherDialect.toString());
        assertSuccess(cli.run("heads", "--url", NOWHERE));
        assertSuccess(cli.run("show", "20300101", "--url", NOWHERE));
    }

    @Test
    void theSqlOfARangeRunsLikeTheUpgrade() throws Exception {
        assertSuccess(cli.run("revision", "-m", "create todos"));
        String sql = cli.run("upgrade", "--sql", "base:head").out();
        database.execute(sql);
        assertSuccess(cli.run("check"));
        assertTrue(cli.run("current").out().contains("(head)"));
    }

    @Test
    void checkAndRevisionAgainstAShadowDatabaseNeedNoServer() throws Exception {
        assertSuccess(cli.run("revision", "-m", "create todos"));
        Set<Path> shadowFolders = shadowFolders();

        CliResult clean = cli.run("check", "--shadow", "--url", NOWHERE);
        assertSuccess(clean);
        CliResult pending = cli.run("check", "--shadow", "--url", NOWHERE, "--entities", V2);
        assertEquals(1, pending.exitCode(), pending.toString());
        assertTrue(pending.out().contains("create table tag"), pending.out());

        CliResult revision = cli.run("revision", "--shadow", "-m", "second", "--url", NOWHERE, "--entities", V2);
        assertSuccess(revision);
        assertEquals(2, sources.files().size());
        assertSuccess(cli.run("check", "--shadow", "--url", NOWHERE, "--entities", V2));
        assertEquals(shadowFolders, shadowFolders(), "every shadow database removes its temporary folder");
    }

    private static Set<Path> shadowFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("autogen-shadow-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void anEditedAppliedMigrationIsRefusedUntilRepaired() throws Exception {
        assertSuccess(cli.run("revision", "-m", "create todos"));
        assertSuccess(cli.run("upgrade"));
        sources.edit("CreateTodos", "column(\"title\", \"varchar(255)\")", "column(\"title\", \"varchar(300)\")");

        CliResult refused = cli.run("upgrade");
        assertEquals(ErrorCode.CHECKSUM_MISMATCH.exitCode(), refused.exitCode(), refused.toString());
        String id = MigrationSources.idOf(sources.find("CreateTodos"));
        assertTrue(refused.err().contains(id) && refused.err().contains("CreateTodos.java")
                && refused.err().contains("upgrade --repair"), refused.toString());

        CliResult repaired = cli.run("upgrade", "--repair");
        assertSuccess(repaired);
        assertTrue(repaired.out().contains("accepted the edited migration " + id), repaired.out());
        assertSuccess(cli.run("upgrade"));
    }

    @Test
    void sameModelAndDatabaseGiveTheSameFileApartFromIdAndDate() throws Exception {
        assertSuccess(cli.run("revision", "-m", "create todos"));
        String first = Files.readString(sources.files().get(0));
        Files.delete(sources.files().get(0));
        Thread.sleep(1100);
        assertSuccess(cli.run("revision", "-m", "create todos"));
        String second = Files.readString(sources.files().get(0));

        String idFirst = first.replaceAll("\\d{8}_\\d{6}", "ID").replaceAll("\\d{4}-\\d{2}-\\d{2}", "DATE");
        String idSecond = second.replaceAll("\\d{8}_\\d{6}", "ID").replaceAll("\\d{4}-\\d{2}-\\d{2}", "DATE");
        assertEquals(idFirst, idSecond);
        assertFalse(first.equals(second), "the ids differ");
    }
}
