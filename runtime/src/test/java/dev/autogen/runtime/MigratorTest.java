package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.it.chain.V20240101_000001_CreateTodoList;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Upgrades, downgrades, stamps and scripts the three revisions of {@code dev.autogen.runtime.it.chain}. */
@Tag("postgres")
class MigratorTest {
    private static final String R1 = "20240101_000001";
    private static final String R2 = "20240101_000002";
    private static final String R3 = "20240101_000003";
    private static final String HISTORY = "SELECT revision, parents, description, checksum, success::text"
            + " FROM autogen_history ORDER BY revision";

    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    private static Migrator migrator() {
        return Migrator.configure().dataSource(db.dataSource()).migrationsPackage("dev.autogen.runtime.it.chain").load();
    }

    private static List<String> steps(MigrationResult result) {
        return result.revisions().stream().map(MigrationResult.Step::id).toList();
    }

    @Test
    void upgradeAppliesEveryRevisionInOrderAndRecordsIt() throws SQLException {
        MigrationResult result = migrator().upgrade();

        assertEquals(MigrationResult.Direction.UPGRADE, result.direction());
        assertEquals(List.of(R1, R2, R3), steps(result));
        assertEquals("add todo.done", result.revisions().get(2).message());
        assertTrue(db.exists("todo_list"));
        assertEquals(List.of("id", "title", "list_id", "done"), db.column(
                "SELECT attname FROM pg_attribute WHERE attrelid = 'todo'::regclass AND attnum > 0 ORDER BY attnum"));

        List<List<String>> rows = db.query(HISTORY);
        assertEquals(3, rows.size());
        assertEquals(List.of(R1, "", "create todo_list"), rows.get(0).subList(0, 3));
        assertEquals(List.of(R2, R1, "create todo"), rows.get(1).subList(0, 3));
        assertEquals(List.of(R3, R2, "add todo.done"), rows.get(2).subList(0, 3));
        for (List<String> row : rows) {
            assertTrue(row.get(3).matches("sql1:[0-9a-f]{64}"), row.toString());
            assertEquals("true", row.get(4));
        }
        assertEquals(List.of("postgres"), db.column("SELECT DISTINCT applied_by FROM autogen_history"));
        assertEquals(List.of(R3), migrator().current());
    }

    @Test
    void secondUpgradeIsANoOp() throws SQLException {
        migrator().upgrade();
        List<List<String>> before = db.query("SELECT revision, applied_at::text FROM autogen_history ORDER BY revision");

        MigrationResult again = migrator().upgrade();

        assertTrue(again.isEmpty());
        assertEquals(before, db.query("SELECT revision, applied_at::text FROM autogen_history ORDER BY revision"));
    }

    @Test
    void upgradeStepByStep() throws SQLException {
        Migrator migrator = migrator();

        assertEquals(List.of(R1), steps(migrator.upgrade("+1")));
        assertEquals(List.of(R1), migrator.current());
        assertEquals(List.of(R2), steps(migrator.upgrade(R2)));
        assertEquals(List.of(R2), migrator.current());
        assertEquals(List.of(R3), steps(migrator.upgrade("head")));
        assertEquals(3, db.query(HISTORY).size());
    }

    @Test
    void checksumIsTheChecksumOfTheUpgradeOperations() throws SQLException {
        migrator().upgrade("+1");

        String expected = Checksums.of(new PostgresDialect(),
                OperationRecorder.upgradeOf(new V20240101_000001_CreateTodoList()));
        assertEquals(List.of(expected), db.column("SELECT checksum FROM autogen_history"));
    }

    @Test
    void downgradeUndoesTheLastRevisionsAndForgetsThem() throws SQLException {
        Migrator migrator = migrator();
        migrator.upgrade();

        MigrationResult one = migrator.downgrade("-1");

        assertEquals(MigrationResult.Direction.DOWNGRADE, one.direction());
        assertEquals(List.of(R3), steps(one));
        assertEquals(List.of(R2), migrator.current());
        assertEquals(List.of(R1, R2), db.column("SELECT revision FROM autogen_history ORDER BY revision"));
        assertEquals(List.of("id", "title", "list_id"), db.column("SELECT attname FROM pg_attribute"
                + " WHERE attrelid = 'todo'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum"));

        MigrationResult rest = migrator.downgrade("base");

        assertEquals(List.of(R2, R1), steps(rest));
        assertEquals(List.of(), migrator.current());
        assertEquals(List.of(), db.column("SELECT revision FROM autogen_history"));
        assertFalse(db.exists("todo"));
        assertFalse(db.exists("todo_list"));
    }

    @Test
    void downgradeToARevisionKeepsIt() throws SQLException {
        Migrator migrator = migrator();
        migrator.upgrade();

        assertEquals(List.of(R3, R2), steps(migrator.downgrade(R1)));
        assertEquals(List.of(R1), migrator.current());
        assertTrue(db.exists("todo_list"));
        assertFalse(db.exists("todo"));
    }

    @Test
    void upgradeAfterDowngradeAppliesAgain() throws SQLException {
        Migrator migrator = migrator();
        migrator.upgrade();
        migrator.downgrade("base");

        assertEquals(List.of(R1, R2, R3), steps(migrator.upgrade()));
        assertEquals(3, db.query(HISTORY).size());
    }

    @Test
    void historyTableMayLiveInASchemaAndNeedQuoting() throws SQLException {
        db.execute("CREATE SCHEMA ops");
        Migrator migrator = Migrator.configure().dataSource(db.dataSource())
                .migrationsPackage("dev.autogen.runtime.it.chain").historyTable("ops.AutogenHistory").load();

        migrator.upgrade("+2");

        assertEquals(List.of(R1, R2), db.column("SELECT revision FROM ops.\"AutogenHistory\" ORDER BY revision"));
        assertFalse(db.exists("autogen_history"));
        assertEquals(List.of(R2), migrator.current());
        String sql = migrator.upgradeSql("head");
        assertTrue(sql.contains("INSERT INTO ops.\"AutogenHistory\" "), sql);
        assertEquals(List.of(R2), migrator.current());
    }

    @Test
    void currentOfAFreshDatabaseIsEmpty() throws SQLException {
        assertEquals(List.of(), migrator().current());
        assertFalse(db.exists("autogen_history"));
    }

    @Test
    void stampRecordsWithoutRunningAndBaseClears() throws SQLException {
        Migrator migrator = migrator();

        assertEquals(List.of(R3), migrator.stamp("head"));

        assertEquals(List.of(R1, R2, R3), db.column("SELECT revision FROM autogen_history ORDER BY revision"));
        assertFalse(db.exists("todo_list"));
        assertEquals(List.of(R3), migrator.current());
        assertTrue(migrator.upgrade().isEmpty());

        assertEquals(List.of(R1), migrator.stamp(R1));
        assertEquals(List.of(R1), db.column("SELECT revision FROM autogen_history"));

        assertEquals(List.of(), migrator.stamp("base"));
        assertEquals(List.of(), db.column("SELECT revision FROM autogen_history"));
        assertEquals(List.of(), migrator.current());
    }

    @Test
    void historyListsNewestFirstWithAppliedState() {
        Migrator migrator = migrator();
        migrator.upgrade("+2");

        List<RevisionStatus> history = migrator.history();

        assertEquals(List.of(R3, R2, R1), history.stream().map(RevisionStatus::id).toList());
        assertFalse(history.get(0).isApplied());
        assertTrue(history.get(0).head());
        assertTrue(history.get(1).isApplied());
        assertFalse(history.get(1).head());
        assertEquals(List.of(R1), history.get(1).parents());
        assertNull(history.get(0).applied());
    }

    @Test
    void upgradeSqlShowsOneTransactionPerRevisionAndChangesNothing() throws SQLException {
        String sql = migrator().upgradeSql("head");

        assertEquals(3, count(sql, "\nBEGIN;\n"));
        assertEquals(3, count(sql, "\nCOMMIT;\n"));
        for (String revision : List.of(R1, R2, R3)) {
            assertTrue(sql.contains("-- Revision " + revision), sql);
        }
        int list = sql.indexOf("CREATE TABLE todo_list");
        assertTrue(list >= 0 && list < sql.indexOf("CREATE TABLE todo ("), sql);
        assertTrue(sql.contains("INSERT INTO autogen_history"), sql);
        assertFalse(db.exists("autogen_history"));
        assertFalse(db.exists("todo_list"));
        assertEquals(List.of(), migrator().current());
    }

    @Test
    void upgradeSqlRunsOnAFreshDatabaseLikeTheUpgrade() throws SQLException {
        String sql = migrator().upgradeSql("head");

        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }

        assertEquals(List.of(R3), migrator().current());
        assertTrue(db.exists("todo"));
        assertTrue(migrator().upgrade().isEmpty());
    }

    @Test
    void upgradeSqlOfAnUpToDateDatabaseHasNoTransaction() {
        Migrator migrator = migrator();
        migrator.upgrade();

        String sql = migrator.upgradeSql("head");

        assertEquals(0, count(sql, "BEGIN;"));
        assertTrue(sql.startsWith("-- autogen upgrade to head: 0 revisions"), sql);
    }

    @Test
    void downgradeSqlDeletesTheHistoryRowsAndChangesNothing() throws SQLException {
        Migrator migrator = migrator();
        migrator.upgrade();

        String sql = migrator.downgradeSql("-2");

        assertEquals(2, count(sql, "\nBEGIN;\n"));
        assertTrue(sql.indexOf("DELETE FROM autogen_history WHERE revision = '" + R3 + "'")
                < sql.indexOf("DELETE FROM autogen_history WHERE revision = '" + R2 + "'"), sql);
        assertTrue(sql.contains("ALTER TABLE todo DROP COLUMN done;"), sql);
        assertEquals(List.of(R3), migrator.current());
        assertTrue(db.exists("todo"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
