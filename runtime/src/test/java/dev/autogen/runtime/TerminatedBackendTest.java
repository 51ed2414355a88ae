package dev.autogen.runtime;

import dev.autogen.runtime.history.AdvisoryLock;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.CountingDataSource;
import dev.autogen.runtime.testing.SqlMigrations;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server ends the deploy's session (pg_terminate_backend) at each point of a migration: the
 * migration is then applied, not applied, or recorded as incomplete, the error names it, and a
 * retry never runs its statements a second time.
 */
@Tag("postgres")
class TerminatedBackendTest {
    private static final String REVISION = "m1";
    private static final String FIRST = "INSERT INTO marks VALUES (1)";
    private static final String SECOND = "INSERT INTO marks VALUES (2)";
    private static final String LOCK = "pg_advisory_xact_lock("
            + AdvisoryLock.keyOf(new HistoryLocation("public", "autogen_history")) + ")";

    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    @BeforeEach
    void prepareDatabase() throws SQLException {
        db.execute("CREATE TABLE marks (n integer)");
    }

    @Test
    void endedWhileTakingTheLockBeforeTheFirstStatementNothingRanAndTheRetryRunsIt() throws SQLException {
        ResolvedMigration migration = inserts(false, FIRST, SECOND);

        AutogenException lost = assertThrows(AutogenException.class,
                () -> migrator(terminatedBefore(LOCK, 2), migration).upgrade());

        assertLost(lost, "before its first statement");
        assertEquals(List.of(), recorded());
        assertEquals(List.of(), marks());
        assertEquals(1, migrator(db.dataSource(), migration).upgrade().revisions().size());
        assertEquals(List.of("1", "2"), marks());
    }

    @Test
    void endedBeforeTheFirstStatementItStaysIncompleteAndIsNotRunAgain() throws SQLException {
        assertIncompleteAfterEndingTheSession(terminatedBefore(FIRST, 1), List.of());
    }

    @Test
    void endedBetweenStatementsItStaysIncompleteAndIsNotRunAgain() throws SQLException {
        assertIncompleteAfterEndingTheSession(terminatedBefore(SECOND, 1), List.of("1"));
    }

    @Test
    void endedAfterTheLastStatementBeforeItIsRecordedItStaysIncompleteUntilStamped() throws SQLException {
        AutogenException lost = assertIncompleteAfterEndingTheSession(terminatedBefore(LOCK, 3), List.of("1", "2"));

        assertTrue(lost.getMessage().contains("autogen stamp --add " + REVISION), lost.getMessage());
        migrator(db.dataSource(), inserts(false, FIRST, SECOND)).stamp(REVISION);
        assertEquals(List.of(REVISION + ":true"), recorded());
        assertEquals(List.of("1", "2"), marks());
    }

    @Test
    void endedDuringALongStatementItStaysIncompleteAndIsNotRunAgain() throws Exception {
        ResolvedMigration migration = inserts(false, FIRST, "SELECT pg_sleep(600)", SECOND);
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<MigrationResult> upgrade = background.submit(() -> migrator(db.dataSource(), migration).upgrade());
            String sleeper = "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND query = 'SELECT pg_sleep(600)' AND state = 'active'";
            List<String> pids = db.column(sleeper);
            while (pids.isEmpty()) {
                Thread.sleep(50);
                pids = db.column(sleeper);
            }
            db.execute("SELECT pg_terminate_backend(" + pids.get(0) + ", 30000)");

            Exception failure = assertThrows(Exception.class, () -> upgrade.get(2, TimeUnit.MINUTES));
            AutogenException lost = assertInstanceOf(AutogenException.class, failure.getCause());
            assertLost(lost, "statement 2 of 3");
        } finally {
            background.shutdownNow();
        }
        assertEquals(List.of(REVISION + ":false"), recorded());
        assertEquals(List.of("1"), marks());
        AutogenException blocked = assertThrows(AutogenException.class,
                () -> migrator(db.dataSource(), migration).upgrade());
        assertEquals(ErrorCode.INCOMPLETE_MIGRATION, blocked.code());
        assertEquals(List.of("1"), marks());
    }

    @Test
    void aTransactionalMigrationEndedHalfWayIsRolledBackAndTheRetryRunsItOnce() throws SQLException {
        ResolvedMigration migration = inserts(true, FIRST, SECOND);

        AutogenException lost = assertThrows(AutogenException.class,
                () -> migrator(terminatedBefore(SECOND, 1), migration).upgrade());

        assertLost(lost, "in full or not at all");
        assertEquals(List.of(), recorded());
        assertEquals(List.of(), marks());
        assertEquals(1, migrator(db.dataSource(), migration).upgrade().revisions().size());
        assertEquals(List.of("1", "2"), marks());
    }

    private static AutogenException assertIncompleteAfterEndingTheSession(DataSource terminating, List<String> marked)
            throws SQLException {
        ResolvedMigration migration = inserts(false, FIRST, SECOND);

        AutogenException lost = assertThrows(AutogenException.class, () -> migrator(terminating, migration).upgrade());

        assertLost(lost, "incomplete");
        assertEquals(List.of(REVISION + ":false"), recorded());
        assertEquals(marked, marks());
        AutogenException blocked = assertThrows(AutogenException.class,
                () -> migrator(db.dataSource(), migration).upgrade());
        assertEquals(ErrorCode.INCOMPLETE_MIGRATION, blocked.code(), blocked.getMessage());
        assertTrue(blocked.getMessage().contains(REVISION), blocked.getMessage());
        assertEquals(marked, marks(), "no statement ran a second time");
        return lost;
    }

    private static void assertLost(AutogenException lost, String state) {
        assertEquals(ErrorCode.CONNECTION_LOST, lost.code(), lost.getMessage());
        assertTrue(lost.getMessage().contains("migration " + REVISION), lost.getMessage());
        assertTrue(lost.getMessage().contains(state), lost.getMessage());
    }

    /** A data source whose session the server ends just before the {@code occurrence}-th statement containing {@code text}. */
    private static DataSource terminatedBefore(String text, int occurrence) {
        AtomicInteger seen = new AtomicInteger();
        return new CountingDataSource(db.dataSource(), (connection, sql) -> {
            if (sql != null && sql.contains(text) && seen.incrementAndGet() == occurrence) {
                terminate(connection);
            }
        });
    }

    private static void terminate(Connection connection) throws SQLException {
        int pid = connection.unwrap(PGConnection.class).getBackendPID();
        assertEquals(List.of("t"), db.column("SELECT pg_terminate_backend(" + pid + ", 30000)"));
    }

    private static Migrator migrator(DataSource dataSource, ResolvedMigration migration) {
        return Migrator.configure().dataSource(dataSource).migrationSource(() -> List.of(migration)).load();
    }

    private static ResolvedMigration inserts(boolean transactional, String... statements) {
        return SqlMigrations.of(REVISION, List.of(), transactional, statements);
    }

    private static List<String> recorded() throws SQLException {
        return db.column("SELECT revision || ':' || success FROM autogen_history ORDER BY revision");
    }

    private static List<String> marks() throws SQLException {
        return db.column("SELECT n FROM marks ORDER BY n");
    }
}
