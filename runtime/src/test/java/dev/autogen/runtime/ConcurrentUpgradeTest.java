package dev.autogen.runtime;

import dev.autogen.runtime.load.MigrationSource;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.CountingDataSource;
import dev.autogen.runtime.testing.SqlMigrations;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several processes upgrading one database at once apply each migration exactly once. */
@Tag("postgres")
class ConcurrentUpgradeTest {
    private static final int THREADS = 4;
    private static final int REVISIONS = 10;

    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass();

    /** Ten revisions in a chain, each creating one small table. */
    private static MigrationSource tenTables() {
        return () -> {
            List<ResolvedMigration> migrations = new ArrayList<>();
            for (int i = 1; i <= REVISIONS; i++) {
                String table = String.format("t%02d", i);
                List<String> parents = i == 1 ? List.of() : List.of(String.format("c%02d", i - 1));
                migrations.add(new ResolvedMigration(String.format("c%02d", i), parents, "create " + table,
                        "generated", () -> new Migration() {
                            @Override
                            public void upgrade(Operations op) {
                                op.createTable(table, column("id", "integer"));
                            }

                            @Override
                            public void downgrade(Operations op) {
                                op.dropTable(table);
                            }
                        }));
            }
            return migrations;
        };
    }

    @Test
    void concurrentUpgradesApplyEachRevisionOnce() throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<MigrationResult>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<MigrationResult> upgrade = () -> {
                    Migrator migrator = Migrator.configure().dataSource(db.dataSource())
                            .migrationSource(tenTables()).load();
                    start.await();
                    return migrator.upgrade();
                };
                results.add(pool.submit(upgrade));
            }
            int applied = 0;
            for (Future<MigrationResult> result : results) {
                applied += result.get(2, TimeUnit.MINUTES).revisions().size();
            }

            assertEquals(REVISIONS, applied);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), db.column("SELECT revision FROM autogen_history GROUP BY revision HAVING count(*) > 1"));
        assertEquals(REVISIONS, db.column("SELECT revision FROM autogen_history").size());
        assertEquals(REVISIONS, db.column("SELECT relname FROM pg_class WHERE relname ~ '^t[0-9]{2}$'").size());
    }

    /**
     * The second deploy finds the migration recorded as incomplete while the first runs it, waits, and
     * skips it; the first one's {@code CREATE INDEX CONCURRENTLY} does not wait for the transaction that
     * holds its running lock.
     */
    @Test
    void aDeployWaitsForAnotherRunningAMigrationOutsideATransactionAndSkipsIt() throws Exception {
        db.execute("CREATE TABLE gate (id integer)", "CREATE TABLE runs (revision text)");
        ResolvedMigration slow = SqlMigrations.of("n1", List.of(), false, "INSERT INTO runs VALUES ('n1')",
                "SELECT count(*) FROM gate", "CREATE INDEX CONCURRENTLY runs_revision ON runs (revision)",
                "INSERT INTO runs VALUES ('n1 done')");
        CountDownLatch secondWaits = new CountDownLatch(1);
        DataSource second = new CountingDataSource(db.dataSource(), (connection, sql) -> {
            if (sql != null && sql.contains("pg_try_advisory_xact_lock")) {
                secondWaits.countDown();
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE gate IN ACCESS EXCLUSIVE MODE");
            Future<MigrationResult> first = pool.submit(() -> migrator(db.dataSource(), slow).upgrade());
            awaitWaitingOn("SELECT count(*) FROM gate");
            Future<MigrationResult> then = pool.submit(() -> migrator(second, slow).upgrade());
            assertTrue(secondWaits.await(2, TimeUnit.MINUTES), "the second deploy waits for the running lock");
            holder.rollback();

            assertEquals(1, first.get(2, TimeUnit.MINUTES).revisions().size());
            assertEquals(0, then.get(2, TimeUnit.MINUTES).revisions().size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("n1", "n1 done"), db.column("SELECT revision FROM runs ORDER BY revision"));
        assertEquals(List.of("t"), db.column("SELECT success FROM nontx_history WHERE revision = 'n1'"));
        assertEquals(List.of("0"), db.column("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
    }

    private static Migrator migrator(DataSource dataSource, ResolvedMigration migration) {
        return Migrator.configure().dataSource(dataSource).migrationSource(() -> List.of(migration))
                .historyTable("nontx_history").load();
    }

    private static void awaitWaitingOn(String query) throws Exception {
        String waiting = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = '"
                + query + "' AND wait_event_type = 'Lock'";
        while (db.column(waiting).isEmpty()) {
            Thread.sleep(50);
        }
    }
}
