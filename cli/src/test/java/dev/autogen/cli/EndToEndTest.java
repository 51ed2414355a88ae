package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.LiveDatabase;
import dev.autogen.cli.testing.MigrationSources;
import dev.autogen.cli.testing.PostgresTestDialect;
import dev.autogen.cli.testing.TestDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole loop on each database ({@link TestDialect#all}, PostgreSQL and MariaDB): model v1 → revision → upgrade → v2 → revision → upgrade → v3
 * → revision → upgrade, then downgrades and upgrades again. At every step the live schema must equal
 * what Hibernate itself creates for the same model in a fresh database, {@code check} must be clean,
 * and the rows in untouched columns must survive.
 */
class EndToEndTest {
    private static final String V1 = "dev.autogen.it.todo.v1";
    private static final String V2 = "dev.autogen.it.todo.v2";
    private static final String V3 = "dev.autogen.it.todo.v3";

    @TempDir
    Path dir;

    private TestDialect dialect;
    private LiveDatabase database;
    private Workflow workflow;
    private Cli cli;

    /** The dialects every test runs on; the MariaDB runs need the MariaDB server. */
    static List<TestDialect> dialects() {
        return TestDialect.all();
    }

    private void on(TestDialect chosen) throws Exception {
        dialect = chosen;
        database = chosen.create();
        workflow = new Workflow(dir, chosen, database);
        cli = workflow.cli();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    @Tag("mariadb")
    void everyStepMatchesHibernateAndKeepsTheData(TestDialect on) throws Exception {
        on(on);
        String first = generate(V1, "create todos");
        assertTrue(first.contains("create table todos"), first);
        upgradeAndVerify(V1);
        database.execute("INSERT INTO TodoList (id, name) VALUES (1, 'home'), (2, 'work')",
                "INSERT INTO todos (title, status, list_id, estimate, notes) VALUES"
                        + " ('buy milk', 'OPEN', 1, 1.50, 'semi-skimmed'), ('file taxes', 'DONE', 2, NULL, NULL)");

        String second = generate(V2, "add tags owner and flags");
        assertTrue(second.contains("add column todos.completed " + dialect.booleanType()
                + " not null (existing rows get " + dialect.falseLiteral() + ")"), second);
        upgradeAndVerify(V2);
        assertEquals(List.of(List.of("buy milk", "OPEN", "1.50", "semi-skimmed", dialect.falseText(), "0", ""),
                        Arrays.asList("file taxes", "DONE", null, null, dialect.falseText(), "0", "")),
                database.query("SELECT title, status, estimate, notes, completed, priority, owner FROM todos ORDER BY id"));
        assertEquals(List.of("0", "0"), database.column("SELECT version FROM TodoList ORDER BY id"));

        String third = generate(V3, "drop tags, add reminders");
        assertTrue(third.contains("drop table " + dialect.entityTable("Tag")), third);
        assertTrue(third.contains("drop column todos.notes"), third);
        upgradeAndVerify(V3);
        assertUntouchedRowsSurvive();

        assertSuccess(cli.run("downgrade", "-1"));
        assertSchemaIs(V2);
        assertUntouchedRowsSurvive();

        assertSuccess(cli.run("downgrade", "-1"));
        assertSchemaIs(V1);
        assertUntouchedRowsSurvive();

        assertSuccess(cli.run("upgrade"));
        assertSchemaIs(V3);
        assertUntouchedRowsSurvive();
        assertSuccess(cli.run("check", "--entities", V3));

        assertSuccess(cli.run("downgrade", "base"));
        try (Connection connection = database.connect()) {
            assertEquals("", dialect.snapshot(connection));
        }
        assertSuccess(cli.run("upgrade"));
        assertSchemaIs(V3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    @Tag("mariadb")
    void currentAndHistoryShowWhereTheDatabaseStands(TestDialect on) throws Exception {
        on(on);
        generate(V1, "create todos");
        assertTrue(cli.run("current").out().contains("base"));
        assertTrue(cli.run("history").out().contains("[pending]"));
        upgradeAndVerify(V1);
        generate(V2, "second");
        CliResult history = cli.run("history");
        assertSuccess(history);
        String[] lines = history.out().split("\n");
        assertTrue(lines[0].contains("second") && lines[0].contains("[pending]") && lines[0].contains("(head)"), history.out());
        assertTrue(lines[1].contains("create todos") && lines[1].contains("[applied]") && lines[1].startsWith("<base>"),
                history.out());
        CliResult current = cli.run("current");
        assertTrue(current.out().contains("create todos") && !current.out().contains("(head)"), current.out());
        assertSuccess(cli.run("upgrade"));
        assertTrue(cli.run("current").out().contains("(head)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    @Tag("mariadb")
    void aNewRevisionHoldsOnlyTheDifferenceAndNamesItsParent(TestDialect on) throws Exception {
        on(on);
        generate(V1, "create todos");
        upgradeAndVerify(V1);
        generate(V2, "second");
        List<Path> files = migrationFiles();
        assertEquals(2, files.size());
        String firstId = files.get(0).getFileName().toString().substring(1, 16);
        String second = Files.readString(files.get(1));
        assertTrue(second.contains("parents = \"" + firstId + "\""), second);
        assertTrue(!second.contains("createTable(\"todos\""), second);
        assertTrue(second.contains("op.addColumn(\"todos\", column(\"completed\", \"" + dialect.booleanType()
                + "\").notNull().backfill(\"" + dialect.falseLiteral() + "\"));"), second);
        assertTrue(second.contains("// REVIEW: existing rows get '' as todos.owner"), second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    @Tag("mariadb")
    void noChangesWritesNothing(TestDialect on) throws Exception {
        on(on);
        generate(V1, "create todos");
        upgradeAndVerify(V1);
        CliResult again = cli.run("revision", "-m", "nothing", "--entities", V1);
        assertSuccess(again);
        assertTrue(again.out().contains("No changes"), again.toString());
        assertEquals(1, migrationFiles().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    @Tag("mariadb")
    void checkReportsPendingChangesWithExitCodeOne(TestDialect on) throws Exception {
        on(on);
        generate(V1, "create todos");
        upgradeAndVerify(V1);
        CliResult check = cli.run("check", "--entities", V2);
        assertEquals(1, check.exitCode(), check.toString());
        assertTrue(check.out().contains("create table " + dialect.entityTable("Tag")), check.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    @Tag("mariadb")
    void droppedColumnsAndTablesAreFlaggedForReview(TestDialect on) throws Exception {
        on(on);
        generate(V2, "v2");
        upgradeAndVerify(V2);
        CliResult revision = cli.run("revision", "-m", "v3", "--entities", V3);
        assertSuccess(revision);
        assertTrue(revision.err().contains("WARNING: drops column todos.notes and the data in it"), revision.toString());
        assertTrue(revision.err().contains("WARNING: drops table " + dialect.entityTable("Tag") + " and all its rows"),
                revision.toString());
        String source = Files.readString(migrationFiles().get(1));
        assertTrue(source.contains("// REVIEW: drops column todos.notes and the data in it\n        op.dropColumn(\"todos\", \"notes\");"),
                source);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    @Tag("mariadb")
    void mergeStampAndHistoryRecordTheDialect(TestDialect on) throws Exception {
        on(on);
        generate(V1, "create todos");
        upgradeAndVerify(V1);
        String base = RevisionFiles.idOf(migrationFiles().get(0));
        MigrationSources sources = new MigrationSources(dir.resolve("src/main/java/db/migrations"), dialect.name());
        sources.write("BranchA", "20300101_000001", List.of(base),
                "op.execute(\"CREATE TABLE branch_a (id integer)\");", "op.execute(\"DROP TABLE branch_a\");");
        sources.write("BranchB", "20300101_000002", List.of(base),
                "op.execute(\"CREATE TABLE branch_b (id integer)\");", "op.execute(\"DROP TABLE branch_b\");");
        CliResult merge = cli.run("merge", "-m", "merge branches");
        assertSuccess(merge);
        String merged = Files.readString(sources.find("MergeBranches"));
        assertTrue(merged.contains("parents = {\"20300101_000001\", \"20300101_000002\"}"), merged);
        assertEquals(!dialect.name().equals(PostgresTestDialect.INSTANCE.name()),
                merged.contains("dialect = \"" + dialect.name() + "\""), merged);
        String mergeId = RevisionFiles.idOf(sources.find("MergeBranches"));

        assertSuccess(cli.run("upgrade"));
        assertEquals(List.of(dialect.name()), database.column("SELECT DISTINCT dialect FROM autogen_history"));
        assertEquals("4", database.column("SELECT count(*) FROM autogen_history").get(0));
        CliResult history = cli.run("history");
        assertSuccess(history);
        assertTrue(history.out().contains("merge branches") && history.out().contains("[applied]")
                && !history.out().contains("[pending]"), history.out());

        assertSuccess(cli.run("stamp", base));
        CliResult stamped = cli.run("current");
        assertTrue(stamped.out().contains(base) && !stamped.out().contains("(head)"), stamped.out());
        assertEquals(List.of("0"), database.column("SELECT count(*) FROM branch_a"), "stamp runs nothing");
        assertSuccess(cli.run("stamp", "head"));
        CliResult current = cli.run("current");
        assertTrue(current.out().contains(mergeId) && current.out().contains("(head)"), current.out());
        assertSuccess(cli.run("downgrade", "-1"));
        assertTrue(cli.run("current").out().contains("20300101_000001"));
    }

    private String generate(String entities, String message) {
        return workflow.revision(entities, message).out();
    }

    private void upgradeAndVerify(String entities) throws Exception {
        workflow.upgradeAndVerify(entities);
    }

    private void assertSchemaIs(String entities) throws Exception {
        workflow.assertSchemaIs(entities);
    }

    private void assertUntouchedRowsSurvive() throws Exception {
        assertEquals(List.of(List.of("buy milk", "OPEN", "1.50", "1", "home"), Arrays.asList("file taxes", "DONE", null, "2", "work")),
                database.query("SELECT t.title, t.status, t.estimate, t.list_id, l.name FROM todos t"
                        + " JOIN TodoList l ON l.id = t.list_id ORDER BY t.id"));
    }

    private List<Path> migrationFiles() throws Exception {
        return workflow.migrationFiles();
    }

    static void assertSuccess(CliResult result) {
        Workflow.assertSuccess(result);
    }
}
