package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.history.AdvisoryLock;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.SqlMigrations;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A migration never queues behind a long transaction for long: its lock waits are bounded by the
 * DDL lock timeout, it is rolled back and retried, and it fails naming the blocking session with
 * nothing applied. A second connection plays the long transaction: it read the table and stays open,
 * so {@code ALTER TABLE}'s ACCESS EXCLUSIVE lock has to wait.
 */
@Tag("postgres")
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DdlLockTimeoutTest {
    private static final String MIGRATING = "autogen-migrating";
    private static final String BLOCKER = "nightly-report";

    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    @BeforeEach
    void table() throws SQLException {
        db.execute("CREATE TABLE t (id integer)", "INSERT INTO t SELECT generate_series(1, 100)",
                "CREATE TABLE seen (what text, setting text)");
    }

    @Test
    void withTheBlockerKeptItFailsAfterTheRetriesNamingTheBlockerAndAppliesNothing() throws Exception {
        try (Connection blocker = holdingTable()) {
            int blockerPid = pid(blocker);
            AtomicBoolean migrating = new AtomicBoolean(true);
            AtomicInteger readsWhileMigrating = new AtomicInteger();
            Thread reader = new Thread(() -> read(migrating, readsWhileMigrating));

            AutogenException failed;
            try {
                reader.start();
                failed = assertThrows(AutogenException.class, () -> migrator(Duration.ofMillis(300), 2,
                        SqlMigrations.of("r1", List.of(), true, "CREATE TABLE side (id integer)",
                                "ALTER TABLE t ADD COLUMN c integer")).upgrade());
            } finally {
                migrating.set(false);
                reader.join();
            }

            assertEquals(ErrorCode.DDL_LOCK_TIMEOUT, failed.code(), failed.getMessage());
            String message = failed.getMessage();
            assertTrue(message.contains("pid " + blockerPid), message);
            assertTrue(message.contains("'" + BLOCKER + "'"), message);
            assertTrue(message.contains("idle in transaction"), message);
            assertTrue(message.contains("table t"), message);
            assertTrue(message.contains("statement 2 of 2"), message);
            assertTrue(message.contains("3 attempts"), message);
            assertTrue(message.contains("nothing of it was applied"), message);
            assertFalse(db.exists("side"), "the first statement was rolled back");
            assertEquals(List.of("id"), db.column("SELECT attname FROM pg_attribute WHERE attrelid = 't'::regclass"
                    + " AND attnum > 0 AND NOT attisdropped"));
            assertEquals(List.of(), db.column("SELECT revision FROM autogen_history"), "the history is unchanged");
            assertTrue(readsWhileMigrating.get() > 0, "readers of the table got through while the migration retried");
        }
    }

    @Test
    void aSteppedMigrationKeepsItsCommittedStepsAndResumesAtTheStepThatCouldNotLock() throws Exception {
        db.execute("CREATE TABLE u (id integer)");
        InlineMigrations migrations = new InlineMigrations();
        migrations.add("r1", List.of(), true, op -> {
            op.addCheckNotValid("u", Ddl.check("u_id_check", "id > 0"));
            op.addCheckNotValid("t", Ddl.check("t_id_check", "id > 0"));
            op.validateConstraint("t", "t_id_check");
        });
        try (Connection blocker = holdingTable()) {
            AutogenException failed = assertThrows(AutogenException.class, () -> migrator(Duration.ofMillis(200), 1,
                    migrations.snapshot().toArray(ResolvedMigration[]::new)).upgrade());

            assertEquals(ErrorCode.DDL_LOCK_TIMEOUT, failed.code(), failed.getMessage());
            String message = failed.getMessage();
            assertTrue(message.contains("statement 2 of 3"), message);
            assertTrue(message.contains("pid " + pid(blocker)), message);
            assertTrue(message.contains("resumes at statement 2"), message);
            assertEquals(List.of("u_id_check"), db.column("SELECT conname FROM pg_constraint WHERE conname LIKE '%_id_check'"),
                    "the committed step stays, the one that could not lock is rolled back");
            assertEquals(List.of("f"), db.column("SELECT success FROM autogen_history WHERE revision = 'r1'"));
        }

        migrator(Duration.ofMillis(200), 1, migrations.snapshot().toArray(ResolvedMigration[]::new)).upgrade();

        assertEquals(List.of("t"), db.column("SELECT convalidated FROM pg_constraint WHERE conname = 't_id_check'"));
        assertEquals(List.of("t"), db.column("SELECT success FROM autogen_history WHERE revision = 'r1'"));
    }

    @Test
    void itRetriesAndSucceedsOnceTheBlockerCommits() throws Exception {
        AtomicBoolean sawTimeout = new AtomicBoolean();
        try (Connection blocker = holdingTable()) {
            Thread releaser = new Thread(() -> {
                try {
                    await(() -> migratingWaitsForLock(true));
                    await(() -> migratingWaitsForLock(false));
                    sawTimeout.set(true);
                    blocker.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            releaser.start();
            MigrationResult result = migrator(Duration.ofMillis(200), 20,
                    SqlMigrations.of("r1", List.of(), true, "ALTER TABLE t ADD COLUMN c integer")).upgrade();
            releaser.join();

            assertTrue(sawTimeout.get(), "the first attempt waited, timed out and was rolled back while the blocker held on");
            assertEquals(List.of("r1"), ids(result));
            assertEquals(List.of("t"), db.column("SELECT success FROM autogen_history WHERE revision = 'r1'"));
            assertEquals(List.of("c"), db.column("SELECT attname FROM pg_attribute WHERE attrelid = 't'::regclass"
                    + " AND attname = 'c'"));
        }
    }

    @Test
    void theTimeoutHoldsInTheMigrationsTransactionOnlyAndLeavesStatementTimeoutAlone() throws SQLException {
        try (Connection pooled = db.connect(); Statement statement = pooled.createStatement()) {
            statement.execute("SET statement_timeout = '5min'");
            ResolvedMigration inTransaction = SqlMigrations.of("r1", List.of(), true,
                    "INSERT INTO seen VALUES ('lock in transaction', current_setting('lock_timeout'))",
                    "INSERT INTO seen VALUES ('statement in transaction', current_setting('statement_timeout'))");
            ResolvedMigration outside = SqlMigrations.of("r2", List.of("r1"), false,
                    "INSERT INTO seen VALUES ('lock outside', current_setting('lock_timeout'))");
            Migrator.configure().dataSource(SessionStateTest.pinned(pooled))
                    .migrationSource(() -> List.of(inTransaction, outside)).ddlLockTimeout(Duration.ofMillis(700))
                    .load().upgrade();

            assertEquals(List.of(List.of("statement in transaction", "5min"), List.of("lock outside", "0"),
                    List.of("lock in transaction", "700ms")), db.query("SELECT what, setting FROM seen ORDER BY what DESC"));
            try (ResultSet row = statement.executeQuery("SELECT current_setting('lock_timeout'),"
                    + " current_setting('statement_timeout')")) {
                row.next();
                assertEquals("0", row.getString(1), "no lock_timeout is left on the connection");
                assertEquals("5min", row.getString(2));
            }
        }
    }

    @Test
    void zeroTurnsTheBoundOff() throws SQLException {
        migrator(Duration.ZERO, 5, SqlMigrations.of("r1", List.of(), true,
                "INSERT INTO seen VALUES ('lock', current_setting('lock_timeout'))")).upgrade();

        assertEquals(List.of("0"), db.column("SELECT setting FROM seen"));
    }

    @Test
    void autogensOwnMigrationLockIsWaitedForWithItsOwnTimeoutNotTheDdlOne() throws Exception {
        HistoryTable history = new HistoryTable(HistoryTable.DEFAULT_NAME);
        ResolvedMigration migration = SqlMigrations.of("r1", List.of(), true, "ALTER TABLE t ADD COLUMN c integer");
        try (Connection connection = connect(MIGRATING); Connection other = db.connect();
             Statement statement = other.createStatement()) {
            history.ensureExists(connection);
            AdvisoryLock lock = new AdvisoryLock(HistoryLocation.resolve(connection, history.sqlName()),
                    history.name(), Duration.ofSeconds(30));
            MigrationExecutor executor = new MigrationExecutor(new PostgresDialect(), history, lock,
                    SessionSettings.capture(connection), db.dataSource(),
                    new LockRetry(new PostgresDialect().lockWaits(), Duration.ofMillis(100), 0, db.dataSource()));
            other.setAutoCommit(false);
            statement.execute("SELECT pg_advisory_xact_lock(" + AdvisoryLock.keyOf(HistoryLocation.resolve(other,
                    history.sqlName())) + ")");
            Thread releaser = new Thread(() -> {
                try {
                    await(() -> migratingWaits("advisory"));
                    Thread.sleep(500);
                    other.commit();
                } catch (SQLException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            releaser.start();
            Optional<MigrationResult.Step> step = executor.apply(connection, migration, migration.factory().get());
            releaser.join();

            assertTrue(step.isPresent(), "the migration waited for another deploy's lock past the DDL lock timeout");
            assertEquals(List.of("t"), db.column("SELECT success FROM autogen_history WHERE revision = 'r1'"));
        }
    }

    @Test
    void theBuilderRefusesWhatPostgresCannotTake() {
        Migrator.Builder builder = Migrator.configure();
        for (Duration wrong : List.of(Duration.ofMillis(-1), Duration.ofNanos(1), Duration.ofDays(25))) {
            AutogenException refused = assertThrows(AutogenException.class, () -> builder.ddlLockTimeout(wrong));
            assertEquals(ErrorCode.CONFIGURATION, refused.code());
            assertTrue(refused.getMessage().contains("ddlLockTimeout(...)"), refused.getMessage());
        }
        AutogenException refused = assertThrows(AutogenException.class, () -> builder.ddlLockRetries(-1));
        assertTrue(refused.getMessage().contains("from 0 to 1000"), refused.getMessage());
    }

    private static List<String> ids(MigrationResult result) {
        return result.revisions().stream().map(MigrationResult.Step::id).toList();
    }

    private static Migrator migrator(Duration timeout, int retries, ResolvedMigration... migrations) {
        return Migrator.configure()
                .dataSource(new UrlDataSource(db.url() + "?ApplicationName=" + MIGRATING, TestDatabase.USER, null))
                .migrationSource(() -> List.of(migrations))
                .lockTimeout(Duration.ofSeconds(30))
                .ddlLockTimeout(timeout)
                .ddlLockRetries(retries)
                .load();
    }

    /** A connection whose open transaction read the table, as a long report does. */
    private static Connection holdingTable() throws SQLException {
        Connection connection = connect(BLOCKER);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM t").close();
        }
        return connection;
    }

    /** Reads the table in a loop while the migration runs, counting the reads that got through meanwhile. */
    private static void read(AtomicBoolean migrating, AtomicInteger readsWhileMigrating) {
        try (Connection reader = connect("reader"); Statement statement = reader.createStatement()) {
            await(() -> migratingWaitsForLock(true));
            while (migrating.get()) {
                statement.executeQuery("SELECT count(*) FROM t").close();
                if (migrating.get()) {
                    readsWhileMigrating.incrementAndGet();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean migratingWaitsForLock(boolean waiting) {
        return migratingWaits("relation") == waiting;
    }

    private static boolean migratingWaits(String lockType) {
        try {
            return db.column("SELECT count(*) FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid"
                    + " WHERE a.application_name = '" + MIGRATING + "' AND NOT l.granted AND l.locktype = '"
                    + lockType + "'").get(0).equals("1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static Connection connect(String applicationName) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", TestDatabase.USER);
        properties.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(db.url(), properties);
    }
}
