package dev.autogen.cli;

import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.HibernateSchema;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.autogen.cli.Workflow.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Adopting an existing database" as the README documents it: on a schema Hibernate created, with
 * rows and no history, {@code check} says the schema already matches and how to adopt it; a first
 * revision and {@code stamp head} make {@code check} clean, and the next change upgrades with the
 * data kept.
 */
@Tag("mariadb")
@Tag("postgres")
class AdoptionTest {
    private static final String V2 = "dev.autogen.it.drift.v2";
    private static final String V3 = "dev.autogen.it.drift.v3";

    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    @TempDir
    Path dir;

    @Test
    void aSchemaHibernateCreatedIsAdoptedWithAFirstRevisionAndStampHead() throws Exception {
        HibernateSchema.manage(V2, db, "create");
        db.execute("INSERT INTO author (id, name) VALUES (1, 'Herbert')",
                "INSERT INTO book (id, title, author_id, isbn) VALUES (1, 'Dune', 1, '9780441013593')");
        Workflow workflow = new Workflow(dir, db);

        CliResult check = workflow.cli().run("check", "--entities", V2);
        assertEquals(1, check.exitCode(), check.toString());
        assertFalse(check.out().contains("No changes"), check.toString());
        assertTrue(check.out().contains("Its schema already matches the entities."), check.toString());
        assertTrue(check.out().contains("it was created outside autogen"), check.toString());
        assertTrue(check.out().contains("'autogen revision -m \"adopt existing schema\"'")
                && check.out().contains("'autogen stamp head'"), check.toString());
        assertTrue(check.out().contains("The first revision records:\n  create sequence author_seq"), check.toString());
        assertTrue(check.out().contains("\n  create table book\n"), check.toString());

        CliResult revision = workflow.cli().run("revision", "-m", "adopt existing schema", "--entities", V2);
        assertSuccess(revision);
        assertTrue(revision.out().startsWith("Adopting the database: its schema, made outside autogen, becomes the"
                + " first revision"), revision.toString());
        assertTrue(revision.out().contains("  create table author"), revision.toString());
        assertSuccess(workflow.cli().run("stamp", "head"));
        workflow.assertCheckIsClean(V2);

        workflow.revision(V3, "add pages");
        workflow.upgradeAndVerify(V3);
        assertEquals(List.of("Dune|9780441013593|0"), db.query("SELECT title, isbn, pages FROM book").stream()
                .map(row -> String.join("|", row)).toList());
    }

    @Test
    void aSchemaThatDiffersFromTheEntitiesListsTheDifferencesAndStillSaysHowToAdoptIt() throws Exception {
        HibernateSchema.manage(V2, db, "create");
        Workflow workflow = new Workflow(dir, db);

        CliResult check = workflow.cli().run("check", "--entities", V3);

        assertEquals(1, check.exitCode(), check.toString());
        assertTrue(check.out().startsWith("Pending changes"), check.toString());
        assertTrue(check.out().contains("  add column book.pages integer not null"), check.toString());
        assertTrue(check.out().contains("Its schema differs from the entities as listed above."), check.toString());
        assertFalse(check.out().contains("already matches"), check.toString());
    }
}
