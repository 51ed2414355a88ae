package dev.autogen.cli;

import dev.autogen.cli.testing.CatalogSnapshot;
import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.LiveDatabase;
import dev.autogen.cli.testing.PostgresTestDialect;
import dev.autogen.cli.testing.TestDialect;
import dev.autogen.runtime.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user's loop, driven through the command line on a real database, with the checks every
 * end-to-end test makes: a revision is generated, the upgrade leaves exactly the schema Hibernate
 * itself exports for the same entities (compared through the catalog), and {@code check} is clean.
 */
final class Workflow {
    private final TestDialect dialect;
    private final LiveDatabase database;
    private final Cli cli;
    private final Path dir;

    /** An initialized project in {@code dir} on the PostgreSQL database. */
    Workflow(Path dir, TestDatabase database) {
        this(dir, PostgresTestDialect.INSTANCE, PostgresTestDialect.of(database));
    }

    /** An initialized project in {@code dir} on a database of the dialect. */
    Workflow(Path dir, TestDialect dialect, LiveDatabase database) {
        this.dir = dir;
        this.dialect = dialect;
        this.database = database;
        this.cli = Projects.cli(dir, database);
        assertSuccess(cli.run("init"));
    }

    Cli cli() {
        return cli;
    }

    /** Runs {@code revision} for the entities, asserts it wrote a migration, and returns its output. */
    CliResult revision(String entities, String message, String... options) {
        List<String> args = new ArrayList<>(List.of("revision", "-m", message, "--entities", entities));
        args.addAll(Arrays.asList(options));
        CliResult result = cli.run(args.toArray(String[]::new));
        assertSuccess(result);
        assertTrue(result.out().startsWith("Generated src/main/java/db/migrations/V"), result.toString());
        return result;
    }

    /** Upgrades to head, then asserts the schema is Hibernate's for the entities and {@code check} is clean. */
    void upgradeAndVerify(String entities, String... options) throws Exception {
        assertSuccess(cli.run("upgrade"));
        assertSchemaIs(entities);
        assertCheckIsClean(entities, options);
    }

    CliResult assertCheckIsClean(String entities, String... options) {
        List<String> args = new ArrayList<>(List.of("check", "--entities", entities));
        args.addAll(Arrays.asList(options));
        CliResult check = cli.run(args.toArray(String[]::new));
        assertEquals(0, check.exitCode(), "check after upgrade is not clean for " + entities + ": " + check);
        return check;
    }

    /** Asserts the live catalog equals what Hibernate exports for the entities into a fresh database. */
    void assertSchemaIs(String entities) throws Exception {
        assertSchemaIs(entities, List.of(), List.of());
    }

    /**
     * Asserts the live catalog equals Hibernate's export for the entities, apart from the named objects
     * (see {@link CatalogSnapshot#without}): {@code handMade} ones the database has and the entities
     * do not declare, {@code filteredOut} ones of the export that a table filter leaves out.
     */
    void assertSchemaIs(String entities, List<String> handMade, List<String> filteredOut) throws Exception {
        String expected = CatalogSnapshot.without(dialect.hibernateSnapshot(entities), filteredOut);
        try (Connection connection = database.connect()) {
            assertEquals(expected, CatalogSnapshot.without(dialect.snapshot(connection), handMade),
                    "schema differs from Hibernate's for " + entities);
        }
    }

    /** The migration sources written so far, oldest first. */
    List<Path> migrationFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("src/main/java/db/migrations"))) {
            return files.sorted().toList();
        }
    }

    /** The newest migration's source. */
    String lastMigration() throws Exception {
        List<Path> files = migrationFiles();
        return Files.readString(files.get(files.size() - 1));
    }

    static void assertSuccess(CliResult result) {
        assertEquals(0, result.exitCode(), result.toString());
    }
}
