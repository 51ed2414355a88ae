package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.PasswordRejectingServer;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad input gives a one-paragraph error, its own exit code, and no stack trace. */
@Tag("mariadb")
@Tag("postgres")
class BadInputTest {
    private static final String V1 = "dev.autogen.it.todo.v1";

    @TempDir
    Path dir;

    private TestDatabase database;
    private Cli cli;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
        cli = Projects.cli(dir, database);
        assertEquals(0, cli.run("init").exitCode());
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void unreachableDatabase() {
        CliResult result = cli.run("upgrade", "--url", "jdbc:postgresql://127.0.0.1:1/app?password=secret");
        assertEquals(ErrorCode.DATABASE_UNREACHABLE.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("warning: the URL in --url carries a password"), result.toString());
        assertTrue(result.err().contains("\nerror: Cannot reach the database at jdbc:postgresql://127.0.0.1:1/app"),
                result.toString());
        assertFalse(result.err().contains("secret"), result.toString());
        assertTrue(result.err().contains("password=***"), result.toString());
    }

    @Test
    void wrongPassword() throws Exception {
        try (PasswordRejectingServer server = new PasswordRejectingServer()) {
            cli.env("AUTOGEN_PASSWORD", "wrong-secret");
            CliResult result = cli.run("current", "--url", "jdbc:postgresql://127.0.0.1:" + server.port() + "/app",
                    "--user", "app");
            assertFailure(result, ErrorCode.AUTHENTICATION_FAILED, "rejected the login of user 'app'");
            assertFalse(result.err().contains("wrong-secret"), result.toString());
        }
    }

    @Test
    void missingDatabase() {
        CliResult result = cli.run("upgrade", "--url", TestDatabase.SERVER + "no_such_database_here");
        assertFailure(result, ErrorCode.DATABASE_MISSING, "does not exist");
    }

    @Test
    void entityPackageWithoutEntities() {
        CliResult result = cli.run("revision", "-m", "x", "--entities", "dev.autogen.cli.testing");
        assertFailure(result, ErrorCode.ENTITY_MODEL, "No @Entity classes found in the package dev.autogen.cli.testing");
    }

    @Test
    void missingMigrationsFolder() {
        CliResult result = cli.run("upgrade", "--migrations-dir", "does/not/exist");
        assertFailure(result, ErrorCode.CONFIGURATION, "does/not/exist does not exist");
        assertTrue(result.err().contains("autogen init"), result.toString());
    }

    @Test
    void missingEntitiesSetting() {
        CliResult result = cli.run("revision", "-m", "x");
        assertFailure(result, ErrorCode.CONFIGURATION, "Set --entities");
    }

    @Test
    void revisionWhileTheDatabaseIsBehindHead() {
        assertEquals(0, cli.run("revision", "-m", "first", "--entities", V1).exitCode());
        CliResult result = cli.run("revision", "-m", "second", "--entities", V1);
        assertFailure(result, ErrorCode.NOT_AT_HEAD, "Run 'autogen upgrade' first");
        assertTrue(result.err().contains("is at base"), result.toString());
    }

    @Test
    void revisionAndCheckOverAnIncompleteRevision() throws Exception {
        assertEquals(0, cli.run("revision", "-m", "first", "--entities", V1).exitCode());
        assertEquals(0, cli.run("upgrade").exitCode());
        database.execute("UPDATE autogen_history SET success = false");

        assertFailure(cli.run("revision", "-m", "second", "--entities", V1), ErrorCode.INCOMPLETE_MIGRATION,
                "records it as incomplete");
        assertFailure(cli.run("check", "--entities", V1), ErrorCode.INCOMPLETE_MIGRATION, "records it as incomplete");
        CliResult current = cli.run("current");
        assertEquals(0, current.exitCode(), current.toString());
        assertTrue(current.out().startsWith("base (no revision applied)\n")
                && current.out().contains(" first (incomplete)"), current.toString());
    }

    @Test
    void migrationThatDoesNotCompile() throws Exception {
        assertEquals(0, cli.run("revision", "-m", "first", "--entities", V1).exitCode());
        Path file = onlyMigration();
        Files.writeString(file, Files.readString(file).replace("op.createTable(\"todolist\"", "op.createTabel(\"todolist\""));
        CliResult result = cli.run("upgrade");
        assertFailure(result, ErrorCode.COMPILATION_FAILED, "A migration source does not compile");
        assertTrue(result.err().contains("src/main/java/db/migrations/" + file.getFileName() + ":"), result.toString());
        assertTrue(result.err().contains("createTabel"), result.toString());
    }

    @Test
    void anEmptyMigrationFileIsReportedNotSkipped() throws Exception {
        assertEquals(0, cli.run("revision", "-m", "first", "--entities", V1).exitCode());
        Path folder = dir.resolve("src/main/java/db/migrations");
        for (String content : List.of("", " \n\t\n", "// nothing here yet\n")) {
            Files.writeString(folder.resolve("V20300101_000001_Later.java"), content);

            CliResult result = cli.run("upgrade");

            assertFailure(result, ErrorCode.COMPILATION_FAILED,
                    "The migration file src/main/java/db/migrations/V20300101_000001_Later.java declares no class");
            assertTrue(result.err().contains("Delete it"), result.toString());
        }
        assertFalse(database.exists("todolist"), "nothing ran");
    }

    @Test
    void aMigrationClassWithoutRevisionIsReportedNotSkipped() throws Exception {
        Files.writeString(dir.resolve("src/main/java/db/migrations/Forgotten.java"), "package db.migrations;\n"
                + "import dev.autogen.runtime.Migration;\nimport dev.autogen.runtime.Operations;\n"
                + "public final class Forgotten implements Migration {\n"
                + "    public void upgrade(Operations op) { op.execute(\"SELECT 1\"); }\n"
                + "    public void downgrade(Operations op) { op.execute(\"SELECT 1\"); }\n}\n");

        CliResult result = cli.run("upgrade");

        assertFailure(result, ErrorCode.MIGRATION_LOAD, "db.migrations.Forgotten (src/main/java/db/migrations/"
                + "Forgotten.java) implements Migration but has no @Revision annotation");
    }

    @Test
    void unknownTarget() {
        assertEquals(0, cli.run("revision", "-m", "first", "--entities", V1).exitCode());
        assertFailure(cli.run("upgrade", "nope"), ErrorCode.UNKNOWN_TARGET, "No revision matches 'nope'");
    }

    @Test
    void theUrlTypoOfTheIssueNamesTheRightFormAndShowsNoPassword() {
        CliResult result = cli.run("upgrade", "--url", "jdbc:postgres://127.0.0.1:5432/db?password=s3cret");

        assertEquals(ErrorCode.CONFIGURATION.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().contains("warning: the URL in --url carries a password"), result.toString());
        assertTrue(result.err().contains("error: The URL jdbc:postgres://127.0.0.1:5432/db?password=*** does not start"
                + " with jdbc:postgresql:"), result.toString());
        assertTrue(result.err().contains("Write it as jdbc:postgresql://127.0.0.1:5432/db?password=***"), result.toString());
        assertFalse(result.err().contains("s3cret"), result.toString());
        assertFalse(result.err().contains("Cannot reach"), result.toString());
    }

    @Test
    void aLibpqUriOrAnotherDatabaseIsNamedAndCheckDoesNotExitWithOne() {
        CliResult libpq = cli.run("check", "--entities", V1, "--url", "postgres://me:s3cret@127.0.0.1:5432/app");
        CliResult mysql = cli.run("check", "--entities", V1, "--url", "jdbc:mysql://127.0.0.1:3306/app");

        assertEquals(ErrorCode.CONFIGURATION.exitCode(), libpq.exitCode(), libpq.toString());
        assertTrue(libpq.err().contains("libpq connection URI") && libpq.err().contains("jdbc:postgresql://127.0.0.1:5432/app"),
                libpq.toString());
        assertFalse(libpq.err().contains("s3cret"), libpq.toString());
        assertFailure(mysql, ErrorCode.CONFIGURATION, "autogen supports PostgreSQL and MariaDB, not MySQL");
    }

    @Test
    void aMigrationsFolderThatIsAFileIsNamedAsSuch() throws Exception {
        Files.writeString(dir.resolve("not-a-folder"), "x");

        assertFailure(cli.run("upgrade", "--migrations-dir", "not-a-folder"), ErrorCode.CONFIGURATION,
                "not-a-folder is a file, not a folder");
    }

    @Test
    void aMigrationsFolderThatCannotBeCreatedKeepsTheReason() throws Exception {
        Files.writeString(dir.resolve("plain-file"), "x");

        CliResult result = cli.run("init", "--migrations-dir", "plain-file/migrations");

        assertEquals(ErrorCode.IO.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().contains("error: Cannot create the migrations folder " + dir.resolve("plain-file/migrations")
                + ": Not a directory."), result.toString());
        assertTrue(result.err().contains("--migrations-dir"), result.toString());
    }

    @Test
    void usageErrorExitsWithTwo() {
        CliResult result = cli.run("upgrade", "--no-such-option");
        assertEquals(2, result.exitCode(), result.toString());
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliResult result = cli.run("upgrade", "--verbose", "--url", "jdbc:postgresql://127.0.0.1:1/app");
        assertEquals(ErrorCode.DATABASE_UNREACHABLE.exitCode(), result.exitCode());
        assertTrue(result.err().contains("\tat "), result.toString());
    }

    @Test
    void everyErrorCodeIsDistinct() {
        long distinct = Stream.of(ErrorCode.values()).mapToInt(ErrorCode::exitCode).distinct().count();
        assertEquals(ErrorCode.values().length, distinct);
        assertTrue(Stream.of(ErrorCode.values()).allMatch(code -> code.exitCode() >= 3));
    }

    private Path onlyMigration() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("src/main/java/db/migrations"))) {
            return files.findFirst().orElseThrow();
        }
    }

    private static void assertFailure(CliResult result, ErrorCode code, String fragment) {
        assertEquals(code.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: "), result.toString());
        assertTrue(result.err().contains(fragment), result.toString());
        assertFalse(result.err().contains("\tat "), "no stack trace without --verbose: " + result);
        assertEquals("", result.out(), result.toString());
    }
}
