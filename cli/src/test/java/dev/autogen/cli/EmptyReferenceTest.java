package dev.autogen.cli;

import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code NOT NULL} foreign key column added to a table that holds rows, referencing a table that
 * holds none (here one the same revision creates): {@code revision} warns and writes a REVIEW note
 * that the upgrade fails, and it does.
 */
@Tag("mariadb")
@Tag("postgres")
class EmptyReferenceTest {
    private static final String V1 = "dev.autogen.it.emptyreference.v1";
    private static final String V2 = "dev.autogen.it.emptyreference.v2";

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.perClass().emptiedBeforeEach();

    @TempDir
    Path dir;

    @Test
    void backfillFromAnEmptyTableIsFlaggedAndTheUpgradeFailsAsSaid() throws Exception {
        Workflow workflow = new Workflow(dir, DATABASE);
        workflow.revision(V1, "v1");
        workflow.upgradeAndVerify(V1);
        DATABASE.execute("INSERT INTO book (id, title) VALUES (1, 'a'), (2, 'b')");

        CliResult revision = workflow.revision(V2, "v2");
        String migration = workflow.lastMigration();

        assertTrue(revision.err().contains("WARNING: the upgrade fails: author holds no rows, so the existing rows of"
                + " book get NULL as book.author_id, which NOT NULL rejects;"), revision.toString());
        assertTrue(revision.err().contains("or make book.author_id nullable first and set NOT NULL once every row has a"
                + " reference (book holds 2 rows)"), revision.toString());
        assertTrue(migration.contains("// REVIEW: the upgrade fails: author holds no rows"), migration);
        assertNotEquals(0, workflow.cli().run("upgrade").exitCode(), "the upgrade fails as the warning says");
    }
}
