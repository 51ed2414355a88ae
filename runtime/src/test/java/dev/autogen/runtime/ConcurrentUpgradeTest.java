package dev.autogen.runtime;

import dev.autogen.runtime.load.MigrationSource;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Several processes upgrading one database at once apply each migration exactly once. */
class ConcurrentUpgradeTest {
    private static final int THREADS = 4;
    private static final int REVISIONS = 10;

    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() throws SQLException {
        db = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        db.close();
    }

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
}
