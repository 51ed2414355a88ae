package dev.autogen.cli;

import dev.autogen.cli.testing.CatalogSnapshot;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.HibernateSchema;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static dev.autogen.cli.Workflow.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drift: a column that Hibernate's {@code ddl-auto=update} added to the live database, outside the
 * migrations, is reported by {@code check} with the way out, and {@code revision} writes it into a
 * revision that is stamped on that database and applied everywhere else.
 */
@Tag("mariadb")
@Tag("postgres")
class DriftTest {
    private static final String V1 = "dev.autogen.it.drift.v1";
    private static final String V2 = "dev.autogen.it.drift.v2";
    private static final String V3 = "dev.autogen.it.drift.v3";

    @RegisterExtension
    static final TestDatabase live = TestDatabase.perClass().emptiedBeforeEach();

    @RegisterExtension
    static final TestDatabase fresh = TestDatabase.perClass().emptiedBeforeEach();

    @TempDir
    Path dir;

    @Test
    void aColumnAddedByDdlAutoUpdateIsReportedThenRecordedByARevisionThatIsStamped() throws Exception {
        Workflow workflow = startWithMigrationsOf(V1);
        HibernateSchema.manage(V2, live, "update");
        live.execute("INSERT INTO author (id, name) VALUES (1, 'Herbert')",
                "INSERT INTO book (id, title, author_id, isbn) VALUES (1, 'Dune', 1, '9780441013593')");

        CliResult check = workflow.cli().run("check", "--entities", V2);
        assertEquals(1, check.exitCode(), check.toString());
        assertFalse(check.out().contains("No changes"), check.toString());
        assertTrue(check.out().contains("Drift: the database has changes that its migrations do not make"),
                check.toString());
        assertTrue(check.out().contains("  add column book.isbn varchar(13)"), check.toString());
        assertTrue(check.out().contains("replayed 1 migration into the shadow database in "), check.toString());
        assertTrue(check.out().contains("'autogen stamp head'"), check.toString());
        CliResult skipped = workflow.cli().run("check", "--entities", V2, "--drift=never");
        assertEquals(0, skipped.exitCode(), "without the drift check the entities and the live database agree: "
                + skipped);

        CliResult revision = workflow.cli().run("revision", "-m", "add isbn", "--entities", V2);
        assertSuccess(revision);
        assertTrue(revision.out().contains("  add column book.isbn varchar(13)"), revision.toString());
        assertTrue(workflow.lastMigration().contains("op.addColumn(\"book\", column(\"isbn\", \"varchar(13)\"))"),
                workflow.lastMigration());
        String id = workflow.migrationFiles().get(1).getFileName().toString().substring(1, 16);
        assertTrue(revision.out().contains("run 'autogen stamp " + id + "' on it, not 'autogen upgrade'"),
                revision.toString());

        assertSuccess(workflow.cli().run("stamp", "head"));
        CliResult clean = workflow.cli().run("check", "--entities", V2);
        assertEquals(0, clean.exitCode(), clean.toString());
        assertTrue(clean.out().contains("Drift: none; the database is what its migrations make (replayed 2"),
                clean.toString());
        assertEquals(List.of("Dune"), live.column("SELECT title FROM book"));
        assertFreshDatabaseFromTheMigrationsIsHibernatesSchemaOf(V2);
    }

    @Test
    void driftAndPendingEntityChangesTakeTwoRevisionsTheFirstStampedTheSecondApplied() throws Exception {
        Workflow workflow = startWithMigrationsOf(V1);
        HibernateSchema.manage(V2, live, "update");
        live.execute("INSERT INTO author (id, name) VALUES (1, 'Herbert')",
                "INSERT INTO book (id, title, author_id) VALUES (1, 'Dune', 1)");

        CliResult check = workflow.cli().run("check", "--entities", V3);
        assertEquals(1, check.exitCode(), check.toString());
        assertTrue(check.out().startsWith("Pending changes"), check.toString());
        assertTrue(check.out().contains("add column book.pages integer not null"), check.toString());
        assertTrue(check.out().contains("  add column book.isbn varchar(13)"), check.toString());
        assertTrue(check.out().contains("undo it in this database by hand instead"), check.toString());

        CliResult drift = workflow.cli().run("revision", "-m", "add isbn", "--entities", V3);
        assertSuccess(drift);
        assertTrue(drift.out().contains("Then run 'autogen revision -m \"...\"' again for the entity changes the"
                + " database lacks:\n  add column book.pages integer not null"), drift.toString());
        assertFalse(workflow.lastMigration().contains("pages"), workflow.lastMigration());
        assertSuccess(workflow.cli().run("stamp", "head"));

        CliResult pages = workflow.revision(V3, "add pages");
        assertFalse(pages.out().contains("Drift"), pages.toString());
        assertSuccess(workflow.cli().run("upgrade"));
        workflow.assertCheckIsClean(V3);
        assertEquals(List.of("Dune|0"), live.query("SELECT title, pages FROM book").stream()
                .map(row -> String.join("|", row)).toList());
        assertFreshDatabaseFromTheMigrationsIsHibernatesSchemaOf(V3);
    }

    @Test
    void withTheDriftCheckOffRevisionSeesNoChangeAsBefore() throws Exception {
        Workflow workflow = startWithMigrationsOf(V1);
        HibernateSchema.manage(V2, live, "update");

        CliResult revision = workflow.cli().run("revision", "-m", "add isbn", "--entities", V2, "--drift", "NEVER");

        assertSuccess(revision);
        assertTrue(revision.out().startsWith("No changes detected"), revision.toString());
        CliResult wrong = workflow.cli().run("check", "--entities", V2, "--drift=sometimes");
        assertEquals(2, wrong.exitCode(), wrong.toString());
        assertTrue(wrong.err().contains("'sometimes' is not auto, always or never"), wrong.toString());
    }

    private Workflow startWithMigrationsOf(String entities) {
        Workflow workflow = new Workflow(dir, live);
        workflow.revision(entities, "create books");
        assertSuccess(workflow.cli().run("upgrade"));
        return workflow;
    }

    /** Databases built from the migrations get what the drifted one had, exactly as Hibernate creates it. */
    private void assertFreshDatabaseFromTheMigrationsIsHibernatesSchemaOf(String entities) throws Exception {
        assertSuccess(Projects.cli(dir, fresh).run("upgrade"));
        try (Connection connection = fresh.connect()) {
            assertEquals(HibernateSchema.snapshot(entities), CatalogSnapshot.of(connection));
        }
    }
}
