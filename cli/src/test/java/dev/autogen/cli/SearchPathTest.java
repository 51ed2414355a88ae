package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static dev.autogen.cli.Workflow.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user whose search_path starts with a schema other than {@code public}: the migrations' tables
 * and the history table go to that schema, and autogen reads them back from there. Each test has
 * its own role and database, dropped afterwards; no other role is altered.
 */
@Tag("mariadb")
@Tag("postgres")
class SearchPathTest {
    private static final String TODO = "dev.autogen.it.todo.v1";
    private static final String IN_APP = "dev.autogen.it.schemas.app";
    private static final String IN_PUBLIC = "dev.autogen.it.schemas.pub";

    private TestDatabase database;
    private String role;

    @BeforeEach
    void createRoleAndDatabase() throws Exception {
        database = TestDatabase.create();
        role = "h4_path_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        database.execute("CREATE ROLE " + role + " LOGIN", "CREATE SCHEMA app AUTHORIZATION " + role);
    }

    @AfterEach
    void dropRoleAndDatabase() throws Exception {
        database.close();
        try (Connection connection = DriverManager.getConnection(TestDatabase.SERVER + "postgres", TestDatabase.USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void whatIsWrittenToTheFirstSchemaOfTheSearchPathIsReadFromThere(@TempDir Path dir) throws Exception {
        Cli cli = initAsRoleWithAppFirst(dir);

        assertSuccess(cli.run("revision", "-m", "todo", "--entities", TODO));
        assertSuccess(cli.run("upgrade"));
        assertEquals(List.of("autogen_history", "todolist", "todos"),
                database.column("SELECT tablename FROM pg_tables WHERE schemaname = 'app' ORDER BY 1"));
        assertEquals(List.of(), database.column("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));

        CliResult again = cli.run("revision", "-m", "again", "--entities", TODO);
        assertSuccess(again);
        assertTrue(again.out().startsWith("No changes"), again.toString());
        assertEquals(0, cli.run("check", "--entities", TODO).exitCode());
        CliResult current = cli.run("current");
        assertSuccess(current);
        assertTrue(current.out().contains("(head)"), current.toString());

        database.execute("ALTER TABLE app.todos ADD COLUMN extra integer");
        assertEquals(1, cli.run("check", "--entities", TODO).exitCode());
        assertEquals(0, cli.run("check", "--entities", TODO, "--exclude-tables", "app.todos").exitCode(),
                "a qualified pattern names unqualified tables with the current schema");

        assertSuccess(cli.run("downgrade", "base"));
        assertEquals(List.of("autogen_history"),
                database.column("SELECT tablename FROM pg_tables WHERE schemaname = 'app' ORDER BY 1"));
    }

    @Test
    void anEntityNamingTheCurrentSchemaIsTheTableFoundThere(@TempDir Path dir) throws Exception {
        Cli cli = initAsRoleWithAppFirst(dir);

        assertSuccess(cli.run("revision", "-m", "ledger", "--entities", IN_APP));
        String migration = onlyMigration(dir);
        assertFalse(migration.contains("createSchema"), migration);
        assertFalse(migration.contains("\"app."), "tables of the current schema are named without prefix: " + migration);
        assertSuccess(cli.run("upgrade"));
        assertEquals(List.of("autogen_history", "entries", "ledgers"),
                database.column("SELECT tablename FROM pg_tables WHERE schemaname = 'app' ORDER BY 1"));

        CliResult again = cli.run("revision", "-m", "again", "--entities", IN_APP);
        assertSuccess(again);
        assertTrue(again.out().startsWith("No changes"), again.toString());
        assertEquals(0, cli.run("check", "--entities", IN_APP).exitCode());
    }

    @Test
    void anEntityNamingPublicUnderAnotherCurrentSchemaLandsInPublicAndIsReadFromThere(@TempDir Path dir)
            throws Exception {
        database.execute("GRANT CREATE ON SCHEMA public TO " + role);
        Cli cli = initAsRoleWithAppFirst(dir);

        assertSuccess(cli.run("revision", "-m", "notes", "--entities", IN_PUBLIC));
        String migration = onlyMigration(dir);
        assertFalse(migration.contains("createSchema"), "public exists: " + migration);
        assertSuccess(cli.run("upgrade"));
        assertEquals(List.of("notes"), database.column("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
        assertEquals(List.of("note_ids"), database.column("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"));
        assertEquals(List.of("authors", "autogen_history"),
                database.column("SELECT tablename FROM pg_tables WHERE schemaname = 'app' ORDER BY 1"));

        CliResult again = cli.run("revision", "-m", "again", "--entities", IN_PUBLIC);
        assertSuccess(again);
        assertTrue(again.out().startsWith("No changes"), again.toString());
        assertEquals(0, cli.run("check", "--entities", IN_PUBLIC).exitCode());
    }

    /** An initialized project whose user is the test's role, with search_path = app, public. */
    private Cli initAsRoleWithAppFirst(Path dir) throws Exception {
        database.execute("ALTER ROLE " + role + " IN DATABASE " + database.name() + " SET search_path = app, public");
        Cli cli = Projects.cli(dir, database).env("AUTOGEN_USER", role);
        assertSuccess(cli.run("init"));
        return cli;
    }

    private static String onlyMigration(Path dir) throws Exception {
        List<Path> files;
        try (var listing = Files.list(dir.resolve("src/main/java/db/migrations"))) {
            files = listing.toList();
        }
        assertEquals(1, files.size(), files.toString());
        return Files.readString(files.get(0));
    }

    @Test
    void aSearchPathWithoutAnExistingSchemaIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        database.execute("ALTER ROLE " + role + " IN DATABASE " + database.name() + " SET search_path = nowhere");
        Cli cli = Projects.cli(dir, database).env("AUTOGEN_USER", role);
        assertSuccess(cli.run("init"));

        CliResult revision = cli.run("revision", "-m", "todo", "--entities", TODO);
        assertEquals(3, revision.exitCode(), revision.toString());
        assertTrue(revision.err().contains("no current schema") && revision.err().contains("nowhere"), revision.toString());

        CliResult upgrade = cli.run("upgrade");
        assertEquals(3, upgrade.exitCode(), upgrade.toString());
        assertTrue(upgrade.err().contains("no current schema"), upgrade.toString());
        assertEquals(List.of("0"), database.column("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
    }
}
