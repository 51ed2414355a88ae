package dev.autogen.runtime;

import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.SqlMigrations;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Deploys through a real PgBouncer in transaction pooling mode, which {@code .ci/pgbouncer.sh start}
 * runs on 127.0.0.1:6432 (the system property {@code autogen.test.pgbouncer} or the variable
 * {@code AUTOGEN_TEST_PGBOUNCER} names another {@code host:port}). Without one the tests are skipped,
 * except under {@code CI=true}, where they fail.
 */
@Tag("postgres")
class PgBouncerTest {
    private static final int DEPLOYS = 6;
    private static final int REVISIONS = 12;
    /** The {@code default_pool_size} of {@code .ci/pgbouncer.sh}: holding this many transactions open covers every server connection. */
    private static final int POOL_SIZE = 4;
    private static final String ADVISORY_LOCKS = "SELECT count(*) FROM pg_locks l JOIN pg_database d"
            + " ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = current_database()";

    private static String pooler;
    private static TestDatabase db;

    @BeforeAll
    static void findPgBouncer() throws SQLException {
        pooler = System.getProperty("autogen.test.pgbouncer",
                System.getenv().getOrDefault("AUTOGEN_TEST_PGBOUNCER", "127.0.0.1:6432"));
        if (!answers(pooler)) {
            String message = "No PgBouncer answers on " + pooler + "; start one with '.ci/pgbouncer.sh start'";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        db = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        db.reset();
        db.execute("CREATE TABLE runs (revision text)");
    }

    @Test
    void concurrentDeploysWithTheDriversDefaultsApplyEachRevisionOnceAndLeaveNoLock() throws Exception {
        assertConcurrentDeploysApplyEachRevisionOnce("");
    }

    @Test
    void concurrentDeploysWithoutServerPreparedStatementsApplyEachRevisionOnceAndLeaveNoLock() throws Exception {
        assertConcurrentDeploysApplyEachRevisionOnce("?prepareThreshold=0");
    }

    @Test
    void concurrentDeploysThroughAnApplicationsDataSourceWithTheDriversDefaultsApplyEachRevisionOnce() throws Exception {
        assertConcurrentDeploysApplyEachRevisionOnce(url -> {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url);
            dataSource.setUser(TestDatabase.USER);
            return dataSource;
        });
    }

    @Test
    void aMigrationRetriedAfterItsLockTimeoutLeavesNoLockTimeoutOnAnyPooledServerConnection() throws Exception {
        db.execute("CREATE TABLE busy (id integer)");
        String url = "jdbc:postgresql://" + pooler + "/" + db.name();
        List<ResolvedMigration> migrations = new ArrayList<>(chain(4));
        migrations.add(SqlMigrations.of("p05", List.of("p04"), true, "ALTER TABLE busy ADD COLUMN c integer"));
        try (Connection blocker = db.connect(); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.executeQuery("SELECT count(*) FROM busy").close();
            Thread releaser = new Thread(() -> {
                try {
                    awaitWaiting(true);
                    awaitWaiting(false);
                    blocker.commit();
                } catch (SQLException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            releaser.start();
            MigrationResult result = Migrator.configure().dataSource(new UrlDataSource(url, TestDatabase.USER, null))
                    .migrationSource(() -> migrations).ddlLockTimeout(Duration.ofMillis(200)).ddlLockRetries(20)
                    .load().upgrade();
            releaser.join();
            assertEquals(5, result.revisions().size());
        }

        List<Connection> clients = new ArrayList<>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                Connection client = new UrlDataSource(url, TestDatabase.USER, null).getConnection();
                clients.add(client);
                client.setAutoCommit(false);
                try (Statement show = client.createStatement();
                     ResultSet row = show.executeQuery("SELECT current_setting('lock_timeout'), pg_backend_pid()")) {
                    row.next();
                    assertEquals("0", row.getString(1), "server connection " + row.getInt(2));
                }
            }
        } finally {
            for (Connection client : clients) {
                client.close();
            }
        }
    }

    /** Waits until some session waits for a lock on the table {@code busy}, or until none does. */
    private static void awaitWaiting(boolean waiting) throws SQLException, InterruptedException {
        while (db.column("SELECT count(*) > 0 FROM pg_locks WHERE relation = 'busy'::regclass AND NOT granted")
                .get(0).equals("t") != waiting) {
            Thread.sleep(10);
        }
    }

    @Test
    void concurrentDeploysOfASteppedMigrationRunEachStepOnceAndLeaveNoLock() throws Exception {
        String url = "jdbc:postgresql://" + pooler + "/" + db.name();
        List<ResolvedMigration> chain = new ArrayList<>(chain(1));
        chain.add(new ResolvedMigration("p02", List.of("p01"), "lock-safe steps", "generated", () -> new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.execute("INSERT INTO t_p01 SELECT g FROM generate_series(1, 1000) g");
                op.createIndexConcurrently("t_p01", Ddl.index("ix_t_p01_id", "id"));
                op.addCheckNotValid("t_p01", Ddl.check("ck_t_p01_id", "id > 0"));
                op.validateConstraint("t_p01", "ck_t_p01_id");
                op.setNotNullViaCheck("t_p01", "id");
                op.execute("INSERT INTO runs VALUES ('p02')");
            }

            @Override
            public void downgrade(Operations op) {
                op.dropIndexConcurrently("t_p01", "ix_t_p01_id");
            }
        }));
        int applied = deployConcurrently(() -> migrator(new UrlDataSource(url, TestDatabase.USER, null), chain));

        assertEquals(2, applied);
        assertEquals(List.of("p01", "p02"), db.column("SELECT revision FROM runs ORDER BY revision"));
        assertEquals(List.of("p01", "p02"), db.column("SELECT revision FROM autogen_history WHERE success"
                + " AND completed_statements IS NULL ORDER BY revision"));
        assertEquals(List.of("t"), db.column("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_t_p01_id'::regclass"));
        assertEquals(List.of("0"), db.column(ADVISORY_LOCKS), "no advisory lock is left");
        assertEquals(1, migrator(new UrlDataSource(url, TestDatabase.USER, null), chain).downgrade("p01").revisions()
                .size(), "the undo, which drops the index concurrently, runs through the pooler too");
    }

    private void assertConcurrentDeploysApplyEachRevisionOnce(String parameters) throws Exception {
        assertConcurrentDeploysApplyEachRevisionOnce(url -> new UrlDataSource(url + parameters, TestDatabase.USER, null));
    }

    private void assertConcurrentDeploysApplyEachRevisionOnce(Function<String, DataSource> dataSources) throws Exception {
        String url = "jdbc:postgresql://" + pooler + "/" + db.name();
        List<ResolvedMigration> chain = chain(REVISIONS);
        int applied = deployConcurrently(() -> migrator(dataSources.apply(url), chain));

        assertEquals(REVISIONS, applied);
        assertEquals(REVISIONS, db.column("SELECT DISTINCT revision FROM runs").size());
        assertEquals(REVISIONS, db.column("SELECT revision FROM runs").size(), "each revision ran once");
        assertEquals(REVISIONS, db.column("SELECT revision FROM autogen_history WHERE success").size());
        assertEquals(List.of("0"), db.column(ADVISORY_LOCKS), "no advisory lock is left");
        MigrationResult later = migrator(dataSources.apply(url), chain(REVISIONS + 1)).upgrade();
        assertEquals(1, later.revisions().size(), "a later deploy finds the lock free");
    }

    /** Upgrades with {@value #DEPLOYS} migrators at once; the number of revisions they applied in all. */
    private static int deployConcurrently(Supplier<Migrator> migrators) throws Exception {
        CyclicBarrier start = new CyclicBarrier(DEPLOYS);
        ExecutorService pool = Executors.newFixedThreadPool(DEPLOYS);
        int applied = 0;
        try {
            List<Future<MigrationResult>> results = new ArrayList<>();
            for (int i = 0; i < DEPLOYS; i++) {
                Callable<MigrationResult> deploy = () -> {
                    Migrator migrator = migrators.get();
                    start.await();
                    return migrator.upgrade();
                };
                results.add(pool.submit(deploy));
            }
            for (Future<MigrationResult> result : results) {
                applied += result.get(3, TimeUnit.MINUTES).revisions().size();
            }
        } finally {
            pool.shutdownNow();
        }
        return applied;
    }

    /** A chain of revisions alternating transactional and not, each recording that it ran. */
    private static List<ResolvedMigration> chain(int length) {
        List<ResolvedMigration> chain = new ArrayList<>();
        for (int i = 1; i <= length; i++) {
            String id = String.format("p%02d", i);
            List<String> parents = i == 1 ? List.of() : List.of(String.format("p%02d", i - 1));
            chain.add(SqlMigrations.of(id, parents, i % 2 == 1, "CREATE TABLE t_" + id + " (id integer)",
                    "INSERT INTO runs VALUES ('" + id + "')"));
        }
        return chain;
    }

    private static Migrator migrator(DataSource dataSource, List<ResolvedMigration> chain) {
        return Migrator.configure().dataSource(dataSource)
                .migrationSource(() -> chain).lockTimeout(Duration.ofSeconds(60)).load();
    }

    private static boolean answers(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostAndPort.substring(0, colon),
                    Integer.parseInt(hostAndPort.substring(colon + 1))), 2000);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
