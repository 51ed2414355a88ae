package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.LiveDatabase;
import dev.autogen.cli.testing.MariaDbTestDialect;
import dev.autogen.cli.testing.PostgresTestDialect;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated migrations are specific to one database: a migration generated for PostgreSQL is refused on
 * MariaDB before anything runs, and offline SQL takes its dialect from {@code --dialect} when there is no
 * {@code --url}, the embedded default staying PostgreSQL.
 */
@Tag("postgres")
@Tag("mariadb")
class DialectChoiceTest {
    private static final String V1 = "dev.autogen.it.todo.v1";

    @TempDir
    Path dir;

    @Test
    void aMigrationGeneratedForPostgresqlIsRefusedOnMariaDbNamingTheRevision() throws Exception {
        try (LiveDatabase postgres = PostgresTestDialect.INSTANCE.create();
             LiveDatabase mariadb = MariaDbTestDialect.INSTANCE.create()) {
            Workflow onPostgres = new Workflow(dir, PostgresTestDialect.INSTANCE, postgres);
            onPostgres.revision(V1, "create todos");
            String id = RevisionFiles.idOf(onPostgres.migrationFiles().get(0));

            CliResult refused = Projects.cli(dir, mariadb).run("upgrade");

            assertEquals(26, ErrorCode.DIALECT_MISMATCH.exitCode());
            assertEquals(ErrorCode.DIALECT_MISMATCH.exitCode(), refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("Migration " + id) && refused.err().contains("postgresql")
                    && refused.err().contains("mariadb"), refused.toString());
            assertFalse(refused.err().contains("\tat "), refused.toString());
            assertEquals(List.of(), mariadb.column("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = database() AND table_name <> 'autogen_history'"), "nothing ran");
        }
    }

    @Test
    void offlineSqlWithoutUrlTakesTheDialectFromDialect() throws Exception {
        try (LiveDatabase mariadb = MariaDbTestDialect.INSTANCE.create()) {
            Workflow onMariaDb = new Workflow(dir, MariaDbTestDialect.INSTANCE, mariadb);
            onMariaDb.revision(V1, "create todos");
            String id = RevisionFiles.idOf(onMariaDb.migrationFiles().get(0));
            Path properties = dir.resolve("autogen.properties");
            Files.writeString(properties, Files.readString(properties).replaceAll("(?m)^url=.*$", ""));
            Cli offline = new Cli(dir).env("AUTOGEN_CLASSPATH", Projects.testClasses().toString());

            CliResult sql = offline.run("upgrade", "--sql", "base:head", "--dialect", "mariadb");
            assertEquals(0, sql.exitCode(), sql.toString());
            assertTrue(sql.out().contains("mariadb dialect") && sql.out().contains("CREATE TABLE `todos`")
                    && sql.out().contains("AUTO_INCREMENT"), sql.out());
            CliResult down = offline.run("downgrade", "--sql", "head:base", "--dialect", "mariadb");
            assertEquals(0, down.exitCode(), down.toString());
            assertTrue(down.out().contains("DROP TABLE") && down.out().contains("`todos`"), down.out());

            CliResult asPostgres = offline.run("upgrade", "--sql", "base:head");
            assertEquals(ErrorCode.DIALECT_MISMATCH.exitCode(), asPostgres.exitCode(), asPostgres.toString());
            assertTrue(asPostgres.err().contains("Migration " + id), asPostgres.toString());
        }
    }

    @Test
    void anotherDialectThanTheEmbeddedOneNeedsItsUrl() throws Exception {
        Cli embedded = new Cli(dir).env("AUTOGEN_CLASSPATH", Projects.testClasses().toString());
        assertEquals(0, embedded.run("init").exitCode());

        CliResult revision = embedded.run("revision", "-m", "create todos", "--entities", V1, "--dialect", "mariadb");

        assertEquals(ErrorCode.CONFIGURATION.exitCode(), revision.exitCode(), revision.toString());
        assertTrue(revision.err().contains("--dialect mariadb") && revision.err().contains("--url"), revision.toString());
        assertFalse(revision.err().contains("\tat "), revision.toString());
    }
}
