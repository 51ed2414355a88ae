package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.history.AdvisoryLock;
import dev.autogen.runtime.history.HistoryEntry;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.CountingDataSource;
import dev.autogen.runtime.testing.LendingDataSource;
import dev.autogen.runtime.testing.SqlMigrations;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A migration outside a transaction with data sources that give back the migrating connection, with
 * an incomplete record found while this deploy holds the running lock, and with a failure while it is
 * recorded as done.
 */
@Tag("postgres")
class NonTransactionalExecutionTest {
    private static final String FIRST = "INSERT INTO marks VALUES (1)";
    private static final String SECOND = "INSERT INTO marks VALUES (2)";

    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    @BeforeEach
    void prepareDatabase() throws SQLException {
        db.execute("CREATE TABLE marks (n integer)");
    }

    @Test
    void aDataSourceThatReturnsTheSameConnectionObjectLeavesTheMigrationApplied() throws SQLException {
        try (Connection connection = db.connect()) {
            migrator(singleConnection(connection, false), SqlMigrations.of("m1", List.of(), false, FIRST, SECOND))
                    .upgrade();
        }
        assertEquals(List.of("m1:true"), recorded());
        assertEquals(List.of("1", "2"), marks());
    }

    @Test
    void aDataSourceThatWrapsOneConnectionLeavesTheMigrationApplied() throws SQLException {
        try (Connection connection = db.connect()) {
            migrator(singleConnection(connection, true), SqlMigrations.of("m1", List.of(), false, FIRST, SECOND))
                    .upgrade();
            assertTrue(connection.getAutoCommit());
        }
        assertEquals(List.of("m1:true"), recorded());
        assertEquals(List.of("1", "2"), marks());
    }

    @Test
    void anIncompleteParentFoundWhileHoldingTheRunningLockFailsWithoutWaitingForItself() throws SQLException {
        HistoryTable history = new HistoryTable(HistoryTable.DEFAULT_NAME);
        ResolvedMigration migration = SqlMigrations.of("m1", List.of("m0"), false, FIRST);
        try (Connection connection = db.connect()) {
            history.ensureExists(connection);
            history.insert(connection, new HistoryEntry("m0", List.of(), "half done", "abc", null, Instant.now(), 0,
                    false, null));
            AdvisoryLock lock = new AdvisoryLock(HistoryLocation.resolve(connection, history.sqlName()),
                    history.name(), Duration.ofSeconds(1));
            MigrationExecutor executor = new MigrationExecutor(new PostgresDialect(), history, lock,
                    SessionSettings.capture(connection), db.dataSource(),
                    new LockRetry(new PostgresDialect().lockWaits(), Duration.ofSeconds(1), 0, db.dataSource()));

            AutogenException incomplete = assertThrows(AutogenException.class,
                    () -> executor.apply(connection, migration, migration.factory().get()));

            assertEquals(ErrorCode.INCOMPLETE_MIGRATION, incomplete.code(), incomplete.getMessage());
            assertTrue(incomplete.getMessage().contains("Revision m0"), incomplete.getMessage());
        }
        assertEquals(List.of(), marks());
    }

    @Test
    void aRefusedRecordAfterTheLastStatementSaysEveryStatementRanAndHowToRecordIt() throws SQLException {
        DataSource refusing = new CountingDataSource(db.dataSource(), (connection, sql) -> {
            if (sql != null && sql.startsWith("DELETE FROM")) {
                throw new SQLException("permission denied for table autogen_history", "42501");
            }
        });

        AutogenException refused = assertThrows(AutogenException.class,
                () -> migrator(refusing, SqlMigrations.of("m1", List.of(), false, FIRST, SECOND)).upgrade());

        assertEquals(ErrorCode.DATABASE_ERROR, refused.code(), refused.getMessage());
        assertTrue(refused.getMessage().contains("after all 2 statements of migration m1")
                && refused.getMessage().contains("permission denied")
                && refused.getMessage().contains("'autogen stamp --add m1'"), refused.getMessage());
        assertEquals(List.of("m1:false"), recorded());
        assertEquals(List.of("1", "2"), marks());
    }

    @Test
    void anIncompleteUndoIsToldApartFromAnIncompleteUpgrade() throws SQLException {
        List<ResolvedMigration> migrations = List.of(SqlMigrations.of("m1", List.of(), true, FIRST),
                SqlMigrations.of("m2", List.of("m1"), false, SECOND));
        Migrator migrator = Migrator.configure().dataSource(db.dataSource()).migrationSource(() -> migrations).load();
        migrator.upgrade();
        db.execute("UPDATE autogen_history SET success = false, checksum = NULL WHERE revision = 'm2'");

        AutogenException blocked = assertThrows(AutogenException.class, migrator::upgrade);

        assertEquals(ErrorCode.INCOMPLETE_MIGRATION, blocked.code(), blocked.getMessage());
        assertTrue(blocked.getMessage().contains("while being undone")
                && blocked.getMessage().contains("'autogen upgrade --repair m1'")
                && blocked.getMessage().contains("'autogen stamp --add m2'"), blocked.getMessage());
        assertFalse(blocked.getMessage().contains("to run it again"), blocked.getMessage());
    }

    private static Migrator migrator(DataSource dataSource, ResolvedMigration migration) {
        return Migrator.configure().dataSource(dataSource).migrationSource(() -> List.of(migration)).load();
    }

    private static List<String> recorded() throws SQLException {
        return db.column("SELECT revision || ':' || success FROM autogen_history ORDER BY revision");
    }

    private static List<String> marks() throws SQLException {
        return db.column("SELECT n FROM marks ORDER BY n");
    }

    /**
     * A data source over one connection, as Spring's SingleConnectionDataSource with suppressed close:
     * it hands out that connection itself, or a new wrapper of it each time whose close does nothing.
     */
    private static DataSource singleConnection(Connection connection, boolean wrapped) {
        return LendingDataSource.lending(() -> wrapped ? LendingDataSource.wrap(connection,
                (method, args, proceed) -> method.getName().equals("close") ? null : proceed.call()) : connection);
    }
}
