package dev.autogen.cli;

import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.autogen.cli.Workflow.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model change on tables that hold rows, end to end on PostgreSQL: {@code revision} writes the
 * lock-safe forms (and the review notes of what has none), the upgrade leaves Hibernate's schema
 * with every constraint valid and {@code check} clean, and the downgrade restores the previous schema
 * with the rows kept. {@code --plain-ddl} and {@code plain-ddl=true} give the plain DDL instead.
 */
@Tag("mariadb")
@Tag("postgres")
class LockSafeRevisionTest {
    private static final String V1 = "dev.autogen.it.locksafe.v1";
    private static final String V2 = "dev.autogen.it.locksafe.v2";
    private static final String KEPT = "SELECT a.id, a.email, a.nickname, a.points, a.status, v.id, v.page"
            + " FROM account a JOIN visit v ON v.accountid = a.id ORDER BY v.id";
    private static final List<String> SAFE_FORMS = List.of(
            "op.createIndexConcurrently(\"account\", index(\"ix_account_nickname\", \"nickname\"));",
            "op.addUniqueConcurrently(\"account\", unique(",
            "op.setNotNullViaCheck(\"account\", \"email\", \"''\");",
            "op.addCheckNotValid(\"account\", check(\"account_points_check\", \"points >= 0\"));",
            "op.validateConstraint(\"account\", \"account_points_check\");",
            "op.addCheckNotValid(\"account\", check(\"account_status_check\"",
            "op.addForeignKeyNotValid(\"visit\", foreignKey(",
            "op.addForeignKeyNotValid(\"account\", foreignKey(",
            "op.createTable(\"plan\"");

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.perClass().emptiedBeforeEach();

    @TempDir
    Path dir;

    private Workflow atVersionOneWithRows() throws Exception {
        Workflow workflow = new Workflow(dir, DATABASE);
        workflow.revision(V1, "v1");
        workflow.upgradeAndVerify(V1);
        DATABASE.execute("INSERT INTO account (id, email, nickname, points, status) VALUES"
                        + " (1, 'a@example.com', 'ann', 5, 'OPEN'), (2, 'b@example.com', NULL, NULL, NULL)",
                "INSERT INTO visit (id, accountid, page) VALUES (10, 1, '/'), (11, 2, '/about'), (12, 1, '/help')");
        return workflow;
    }

    @Test
    void revisionWritesTheLockSafeFormsAndTheUpgradeAndDowngradeKeepTheRows() throws Exception {
        Workflow workflow = atVersionOneWithRows();
        List<List<String>> rows = DATABASE.query(KEPT);

        CliResult revision = workflow.revision(V2, "v2");
        String migration = workflow.lastMigration();
        SAFE_FORMS.forEach(form -> assertTrue(migration.contains(form), () -> "missing " + form + " in\n" + migration));
        assertFalse(migration.contains("op.createIndex(\"account\""), migration);
        assertTrue(revision.err().contains("WARNING: the upgrade rewrites account and its indexes (points integer"
                + " -> bigint) under an ACCESS EXCLUSIVE lock"), revision.toString());
        assertTrue(revision.err().contains("(account holds 2 rows)"), revision.toString());
        assertTrue(revision.err().contains("WARNING: the upgrade adds account.token filled with the volatile"
                + " gen_random_uuid()"), revision.toString());
        assertFalse(revision.err().contains("nickname varchar(40) -> varchar(80)"), "widening needs no note: " + revision);

        workflow.upgradeAndVerify(V2);
        assertEquals(rows, DATABASE.query(KEPT.replace("a.points", "a.points::integer")), "rows after the upgrade");
        assertEquals(List.of(), DATABASE.column("SELECT conname FROM pg_constraint WHERE NOT convalidated"));

        assertSuccess(workflow.cli().run("downgrade", "-1"));
        workflow.assertSchemaIs(V1);
        assertEquals(rows, DATABASE.query(KEPT), "rows after the downgrade");
    }

    @Test
    void plainDdlOptionWritesThePlainForms() throws Exception {
        Workflow workflow = atVersionOneWithRows();

        CliResult revision = workflow.revision(V2, "v2", "--plain-ddl");

        assertPlain(workflow.lastMigration(), revision);
        workflow.upgradeAndVerify(V2);
        assertSuccess(workflow.cli().run("downgrade", "-1"));
        workflow.assertSchemaIs(V1);
    }

    @Test
    void plainDdlPropertyWritesThePlainForms() throws Exception {
        Workflow workflow = atVersionOneWithRows();
        Path properties = dir.resolve("autogen.properties");
        Files.writeString(properties, Files.readString(properties) + "\nplain-ddl=true\n");

        CliResult revision = workflow.revision(V2, "v2");

        assertPlain(workflow.lastMigration(), revision);
    }

    private static void assertPlain(String migration, CliResult revision) {
        assertTrue(migration.contains("op.createIndex(\"account\", index(\"ix_account_nickname\", \"nickname\"));"), migration);
        assertTrue(migration.contains("op.setNotNull(\"account\", \"email\", \"''\");"), migration);
        for (String safe : List.of("Concurrently", "NotValid", "validateConstraint", "ViaCheck", "ACCESS EXCLUSIVE")) {
            assertFalse(migration.contains(safe), () -> safe + " in\n" + migration);
            assertFalse(revision.err().contains(safe), () -> safe + " in the warnings\n" + revision);
        }
        assertFalse(revision.out().contains("oncurrently"), revision::toString);
    }
}
