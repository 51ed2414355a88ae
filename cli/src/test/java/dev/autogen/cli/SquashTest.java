package dev.autogen.cli;

import dev.autogen.cli.testing.CatalogSnapshot;
import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.MigrationSources;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static dev.autogen.cli.EndToEndTest.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code autogen squash} end to end on real PostgreSQL: three generated revisions (todo v1, v2, v3) and a
 * hand-written one with raw SQL and a branch, squashed into one, then run on a fresh database, on one
 * that applied the range, on ones part way through it, downgraded, and built on.
 */
@Tag("mariadb")
@Tag("postgres")
class SquashTest {
    private static final String V1 = "dev.autogen.it.todo.v1";
    private static final String V2 = "dev.autogen.it.todo.v2";
    private static final String V3 = "dev.autogen.it.todo.v3";
    private static final String HOOK = "sh -c 'printf \"// formatted\\n\" >> \"$1\"' hook {file}";
    private static final String REVISIONS = "SELECT revision FROM autogen_history ORDER BY revision";

    @TempDir
    Path dir;

    private final List<TestDatabase> databases = new ArrayList<>();
    private MigrationSources sources;

    @BeforeEach
    void setUp() {
        sources = new MigrationSources(dir.resolve("src/main/java/db/migrations"));
    }

    @AfterEach
    void tearDown() throws Exception {
        for (TestDatabase database : databases) {
            database.close();
        }
    }

    private TestDatabase database() throws Exception {
        TestDatabase database = TestDatabase.create();
        databases.add(database);
        return database;
    }

    private Cli cli(TestDatabase database) {
        return Projects.cli(dir, database);
    }

    /** Writes r1..r4 with the first database and returns their ids; the database ends at r4. */
    private List<String> history(TestDatabase database) throws Exception {
        Cli cli = cli(database);
        assertSuccess(cli.run("init", "--entities", V1));
        assertSuccess(cli.run("revision", "-m", "create todos"));
        assertSuccess(cli.run("upgrade"));
        assertSuccess(cli.run("revision", "-m", "add tags", "--entities", V2));
        assertSuccess(cli.run("upgrade"));
        assertSuccess(cli.run("revision", "-m", "add reminders", "--entities", V3));
        assertSuccess(cli.run("upgrade"));
        List<String> ids = sources.files().stream().map(MigrationSources::idOf).sorted().toList();
        sources.write("V20300101_000000_Backfill", "20300101_000000", List.of(ids.get(2)),
                "// REVIEW: backfills every list\n        op.execute(\"UPDATE TodoList SET name = name\");\n"
                        + "        if (Boolean.getBoolean(\"demo\")) { op.execute(\"SELECT 1\"); }",
                "op.execute(\"SELECT 2\");");
        assertSuccess(cli.run("upgrade"));
        List<String> all = new ArrayList<>(ids);
        all.add("20300101_000000");
        return all;
    }

    private static String catalog(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            return CatalogSnapshot.of(connection).replaceAll("(?m)^.*autogen_history.*$", "");
        }
    }

    @Test
    void aSquashReplacesTheRangeForFreshPartialAndUpToDateDatabases() throws Exception {
        TestDatabase upToDate = database();
        List<String> range = history(upToDate);
        TestDatabase partWay = database();
        assertSuccess(cli(partWay).run("upgrade", range.get(1)));
        TestDatabase partWayLate = database();
        assertSuccess(cli(partWayLate).run("upgrade", range.get(0)));
        TestDatabase replayed = database();
        assertSuccess(cli(replayed).run("upgrade"));

        CliResult squash = cli(upToDate).run("squash", "-m", "squash history", "--post-write-hook", HOOK);

        assertSuccess(squash);
        List<Path> files = sources.files();
        Path squashed = files.stream().filter(f -> f.getFileName().toString().contains("SquashHistory")).findFirst()
                .orElseThrow();
        String id = MigrationSources.idOf(squashed);
        String source = Files.readString(squashed);
        assertTrue(source.contains("replaces = {\"" + String.join("\", \"", range) + "\"}"), source);
        assertFalse(source.contains("parents ="), source);
        assertTrue(source.contains("// REVIEW: (from 20300101_000000) backfills every list"), source);
        assertTrue(source.contains("has Java logic"), source);
        assertTrue(source.contains("// REVIEW: (from " + range.get(1) + ") existing rows get '' as todos.owner; a"
                + " placeholder, replace it with a real value\n        op.addColumn(\"todos\", column(\"owner\""), source);
        assertTrue(source.contains("op.execute(\"UPDATE TodoList SET name = name\")"), source);
        assertTrue(source.endsWith("// formatted\n"), source);
        assertTrue(squash.out().contains("squashing 4 revisions"), squash.toString());
        assertTrue(squash.out().contains("Delete them once every database"), squash.toString());
        for (Path file : files) {
            if (!file.equals(squashed)) {
                assertTrue(squash.out().contains(dir.relativize(file).toString()), squash.toString());
                assertTrue(Files.exists(file));
            }
        }

        Cli up = cli(upToDate);
        assertTrue(up.run("upgrade").out().contains("up to date") || up.run("current").out().contains(id));
        assertEquals(range, upToDate.column(REVISIONS));
        assertTrue(up.run("current").out().contains(id), up.run("current").toString());
        assertTrue(up.run("heads").out().contains(id), up.run("heads").toString());
        CliResult check = up.run("check", "--entities", V3);
        assertEquals(0, check.exitCode(), check.toString());
        CliResult history = up.run("history");
        assertTrue(history.out().contains(id), history.toString());

        TestDatabase fresh = database();
        assertSuccess(cli(fresh).run("upgrade"));
        assertEquals(List.of(id), fresh.column(REVISIONS));
        assertEquals(catalog(replayed), catalog(fresh));
        assertEquals(0, cli(fresh).run("check", "--entities", V3).exitCode());

        assertSuccess(cli(partWay).run("upgrade"));
        assertEquals(range, partWay.column(REVISIONS));
        assertEquals(catalog(replayed), catalog(partWay));

        for (Path file : files) {
            if (!file.equals(squashed)) {
                Files.delete(file);
            }
        }
        CliResult stuck = cli(partWayLate).run("upgrade");
        assertEquals(25, stuck.exitCode(), stuck.toString());
        assertTrue(stuck.err().contains("part way through") && stuck.err().contains(range.get(1))
                && stuck.err().contains("Restore those migration files"), stuck.toString());
        assertEquals(List.of(range.get(0)), partWayLate.column(REVISIONS));

        assertSuccess(up.run("upgrade"));
        assertTrue(up.run("current").out().contains(id));
        assertSuccess(up.run("downgrade", "-1"));
        assertEquals(List.of(), upToDate.column(REVISIONS));
        assertSuccess(cli(fresh).run("downgrade", "base"));
        assertEquals(List.of(), fresh.column(REVISIONS));
        assertEquals(catalog(database()), catalog(fresh));

        assertSuccess(cli(fresh).run("upgrade"));
        CliResult after = cli(fresh).run("revision", "--empty", "-m", "after the squash");
        assertSuccess(after);
        Path next = sources.find("AfterTheSquash");
        assertTrue(Files.readString(next).contains("parents = \"" + id + "\""), Files.readString(next));
        assertSuccess(cli(fresh).run("upgrade"));
        assertEquals(List.of(id, MigrationSources.idOf(next)).stream().sorted().toList(), fresh.column(REVISIONS));
    }
}
