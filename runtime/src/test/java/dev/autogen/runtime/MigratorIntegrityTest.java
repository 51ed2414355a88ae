package dev.autogen.runtime;

import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edited migrations are refused until repaired; non-transactional migrations record what happened. */
@Tag("postgres")
class MigratorIntegrityTest {
    private TestDatabase db;
    private final InlineMigrations migrations = new InlineMigrations();

    @BeforeEach
    void createDatabase() throws SQLException {
        db = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    void anEditedAppliedMigrationIsRefusedBeforeAnythingRuns() throws SQLException {
        add("r1", List.of(), true, op -> op.createTable("a", column("id", "integer")));
        migrator().upgrade();
        migrations.clear();
        add("r1", List.of(), true, op -> op.createTable("a", column("id", "bigint")));
        add("r2", List.of("r1"), true, op -> op.createTable("b", column("id", "integer")));

        AutogenException error = assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertEquals(ErrorCode.CHECKSUM_MISMATCH, error.code());
        assertTrue(error.getMessage().contains("r1") && error.getMessage().contains("--repair"), error.getMessage());
        assertFalse(error.getMessage().contains("stamp"), "stamp keeps the edited checksum, so it is no way out");
        assertFalse(db.exists("b"), "nothing runs when a checksum differs");
    }

    @Test
    void repairAcceptsTheEditAndTheUpgradeGoesOn() throws SQLException {
        add("r1", List.of(), true, op -> op.createTable("a", column("id", "integer")));
        migrator().upgrade();
        migrations.clear();
        add("r1", List.of(), true, op -> op.createTable("a", column("id", "integer"), column("note", "text")));
        add("r2", List.of("r1"), true, op -> op.createTable("b", column("id", "integer")));

        assertEquals(List.of("accepted the edited migration r1"), migrator().repair());
        assertEquals(List.of("r2"), migrator().upgrade().revisions().stream().map(MigrationResult.Step::id).toList());
        assertTrue(db.exists("b"));
    }

    @Test
    void checksumsOfAnOlderAlgorithmAreSkippedThenRefreshedByRepair() throws SQLException {
        add("r1", List.of(), true, op -> op.createTable("a", column("id", "integer")));
        migrator().upgrade();
        db.execute("UPDATE autogen_history SET checksum = repeat('0', 64)");
        add("r2", List.of("r1"), true, op -> op.createTable("b", column("id", "integer")));

        assertEquals(1, migrator().upgrade().revisions().size(), "an incomparable checksum is not an edit");
        assertEquals(List.of("recorded a current checksum for r1"), migrator().repair());
        assertTrue(db.column("SELECT checksum FROM autogen_history WHERE revision = 'r1'").get(0)
                .startsWith(Checksums.ALGORITHM));
    }

    @Test
    void aLockHeldByAnotherSessionIsNamedAsTheCauseNotTheMigration() throws SQLException {
        db.execute("CREATE TABLE busy (id integer)");
        add("r1", List.of(), true, op -> {
            op.execute("SET LOCAL lock_timeout = '200ms'");
            op.execute("ALTER TABLE busy ADD COLUMN note text");
        });
        try (Connection other = db.connect()) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.execute("LOCK TABLE busy IN ACCESS SHARE MODE");
            }
            int holder;
            try (Statement pid = other.createStatement(); ResultSet row = pid.executeQuery("SELECT pg_backend_pid()")) {
                row.next();
                holder = row.getInt(1);
            }
            List<ResolvedMigration> snapshot = migrations.snapshot();
            AutogenException error = assertThrows(AutogenException.class, () -> Migrator.configure()
                    .dataSource(db.dataSource()).migrationSource(() -> snapshot).ddlLockRetries(0).load().upgrade());

            assertEquals(ErrorCode.DDL_LOCK_TIMEOUT, error.code());
            assertTrue(error.getMessage().contains("could not lock table busy")
                    && error.getMessage().contains("pid " + holder), error.getMessage());
            other.rollback();
        }
        assertEquals(1, migrator().upgrade().revisions().size(), "the same upgrade succeeds once the lock is gone");
    }

    @Test
    void checksumVerificationCanBeTurnedOff() throws SQLException {
        add("r1", List.of(), true, op -> op.createTable("a", column("id", "integer")));
        migrator().upgrade();
        migrations.clear();
        add("r1", List.of(), true, op -> op.createTable("a", column("id", "bigint")));
        add("r2", List.of("r1"), true, op -> op.createTable("b", column("id", "integer")));

        Migrator lenient = Migrator.configure().dataSource(db.dataSource())
                .migrationSource(migrations::snapshot).verifyChecksums(false).load();

        assertEquals(1, lenient.upgrade().revisions().size());
    }

    @Test
    void aNonTransactionalMigrationCanCreateAnIndexConcurrently() throws SQLException {
        add("r1", List.of(), true, op -> op.createTable("a", column("id", "integer")));
        add("r2", List.of("r1"), false, op -> op.execute("CREATE INDEX CONCURRENTLY idx_a_id ON a (id)"));

        migrator().upgrade();

        assertTrue(db.exists("idx_a_id"));
        assertEquals(List.of("r1|true", "r2|true"), db.column("SELECT revision || '|' || success FROM autogen_history ORDER BY revision"));
    }

    @Test
    void aNonTransactionalFailureIsRecordedAsIncompleteAndBlocksUntilRepaired() throws SQLException {
        add("r1", List.of(), false, op -> {
            op.execute("CREATE TABLE half (id integer)");
            op.execute("CREATE INDEX CONCURRENTLY idx_missing ON missing_table (id)");
        });
        add("r2", List.of("r1"), true, op -> op.createTable("after", column("id", "integer")));

        AutogenException failure = assertThrows(AutogenException.class, () -> migrator().upgrade());
        assertEquals(ErrorCode.MIGRATION_FAILED, failure.code());
        assertTrue(failure.getMessage().contains("statement 2 of 2") && failure.getMessage().contains("incomplete"),
                failure.getMessage());
        assertTrue(db.exists("half"), "the statement before the failure stays applied");
        assertEquals(List.of("r1|false"), db.column("SELECT revision || '|' || success FROM autogen_history"));

        AutogenException blocked = assertThrows(AutogenException.class, () -> migrator().upgrade());
        assertEquals(ErrorCode.INCOMPLETE_MIGRATION, blocked.code());
        assertFalse(db.exists("after"));

        db.execute("DROP TABLE half", "CREATE TABLE missing_table (id integer)");
        assertEquals(List.of("forgot incomplete revision r1; the next upgrade runs it again"), migrator().repair());
        assertEquals(2, migrator().upgrade().revisions().size());
        assertTrue(db.exists("idx_missing") && db.exists("after"));
    }

    @Test
    void stampRecordsAnIncompleteRevisionAsApplied() throws SQLException {
        add("r1", List.of(), false, op -> op.execute("CREATE INDEX CONCURRENTLY idx_missing ON missing_table (id)"));
        assertEquals(ErrorCode.MIGRATION_FAILED, assertThrows(AutogenException.class, () -> migrator().upgrade()).code());
        assertEquals(List.of("r1|false"), db.column("SELECT revision || '|' || success FROM autogen_history"));

        migrator().stamp("r1");

        assertEquals(List.of("r1|true"), db.column("SELECT revision || '|' || success FROM autogen_history"));
        assertTrue(migrator().upgrade().isEmpty());
    }

    @Test
    void offlineSqlCoversARangeWithoutADatabase() {
        add("r1", List.of(), true, op -> op.createTable("a", column("id", "integer")));
        add("r2", List.of("r1"), false, op -> op.execute("CREATE INDEX CONCURRENTLY idx_a ON a (id)"));
        Migrator offline = Migrator.configure().dataSource(new UrlDataSource("jdbc:postgresql://127.0.0.1:1/x", "x", null))
                .migrationSource(migrations::snapshot).load();

        String all = offline.upgradeSql("base", "head");
        String second = offline.upgradeSql("r1", "head");
        String back = offline.downgradeSql("head", "base");

        assertTrue(all.contains("CREATE TABLE IF NOT EXISTS autogen_history") && all.contains("CREATE TABLE a ("), all);
        assertTrue(all.contains("-- Runs outside a transaction") && !all.contains("BEGIN;\nCREATE INDEX CONCURRENTLY"), all);
        assertFalse(second.contains("CREATE TABLE a ("), second);
        assertTrue(second.startsWith("-- autogen upgrade r1:head: 1 revision,"), second);
        assertTrue(back.indexOf("WHERE revision = 'r2'") > 0 && back.indexOf("'r2'") < back.indexOf("'r1'"), back);
    }

    private void add(String id, List<String> parents, boolean transactional, Consumer<Operations> upgrade) {
        migrations.add(id, parents, transactional, upgrade);
    }

    private Migrator migrator() {
        return migrations.migrator(db);
    }
}
