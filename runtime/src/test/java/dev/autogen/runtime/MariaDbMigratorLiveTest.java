package dev.autogen.runtime;

import dev.autogen.runtime.dialect.mariadb.MariaDbDialect;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrator on a real MariaDB: the history table in MariaDB's SQL, every statement a step of its
 * own whose progress is recorded right after it (MariaDB's DDL commits on its own), resumption after
 * the last recorded statement in both directions, and the session-scoped GET_LOCK that serializes
 * deploys and is released on every path.
 */
@Tag("mariadb")
class MariaDbMigratorLiveTest {
    @RegisterExtension
    static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass().emptiedBeforeEach();

    /** Runs its upgrade and downgrade statements with {@code op.execute}; generated for MariaDB. */
    @Revision(id = "sql", dialect = "mariadb")
    static final class SqlSteps implements Migration {
        private final List<String> up;
        private final List<String> down;

        SqlSteps(List<String> up, List<String> down) {
            this.up = up;
            this.down = down;
        }

        @Override
        public void upgrade(Operations op) {
            up.forEach(op::execute);
        }

        @Override
        public void downgrade(Operations op) {
            down.forEach(op::execute);
        }
    }

    /** Creates a table with the operations, so that the MariaDB dialect renders it. */
    @Revision(id = "table", dialect = "mariadb")
    static final class CreateTable implements Migration {
        private final String table;

        CreateTable(String table) {
            this.table = table;
        }

        @Override
        public void upgrade(Operations op) {
            op.createTable(table, column("id", "integer"));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable(table);
        }
    }

    private static ResolvedMigration sql(String id, List<String> parents, List<String> up, List<String> down) {
        return new ResolvedMigration(id, parents, "steps " + id, "V" + id + ".java", () -> new SqlSteps(up, down));
    }

    private static ResolvedMigration table(String id, List<String> parents, String table) {
        return new ResolvedMigration(id, parents, "create " + table, "V" + id + ".java", () -> new CreateTable(table));
    }

    private static Migrator migrator(DataSource dataSource, List<ResolvedMigration> migrations) {
        return Migrator.configure().dataSource(dataSource).dialect(new MariaDbDialect())
                .migrationSource(() -> migrations).lockTimeout(Duration.ofSeconds(20)).load();
    }

    private static Migrator migrator(List<ResolvedMigration> migrations) {
        return migrator(db.dataSource(), migrations);
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    private static List<String> ids(MigrationResult result) {
        return result.revisions().stream().map(MigrationResult.Step::id).toList();
    }

    private static List<List<String>> history() throws SQLException {
        return db.query("SELECT revision, success, completed_statements FROM autogen_history ORDER BY revision");
    }

    private static List<ResolvedMigration> threeTables() {
        return List.of(table("r1", List.of(), "one"), table("r2", List.of("r1"), "two"),
                table("r3", List.of("r2"), "three"));
    }

    @Test
    void upgradeDowngradeCurrentHistoryAndStampWorkAndTheRowsSayMariaDb() throws SQLException {
        Migrator migrator = migrator(threeTables());

        assertEquals(List.of("r1", "r2", "r3"), ids(migrator.upgrade()));
        assertTrue(db.exists("one") && db.exists("two") && db.exists("three"));
        assertEquals(List.of("r3"), migrator.current());
        assertEquals(List.of("mariadb"), db.column("SELECT DISTINCT dialect FROM autogen_history"));
        assertEquals(List.of("autogen history format 1"), db.column("SELECT table_comment FROM information_schema.tables"
                + " WHERE table_schema = database() AND table_name = 'autogen_history'"));
        assertEquals(List.of(row("r1", "1", null), row("r2", "1", null), row("r3", "1", null)), history());
        assertTrue(migrator.history().stream().allMatch(RevisionStatus::isApplied));

        assertEquals(List.of("r3", "r2"), ids(migrator.downgrade("r1")));
        assertFalse(db.exists("two") || db.exists("three"));
        assertEquals(List.of("r1"), migrator.current());

        assertEquals(List.of("r3"), migrator.stamp("r3"));
        assertEquals(List.of("r1", "r2", "r3"), db.column("SELECT revision FROM autogen_history ORDER BY revision"));
        assertTrue(ids(migrator.upgrade()).isEmpty(), "stamped: nothing left to run");
    }

    @Test
    void aHistoryTableMadeBeforeTheOptionalColumnsGetsThemOnTheNextUpgrade() throws SQLException {
        db.execute("CREATE TABLE autogen_history (revision varchar(128) NOT NULL PRIMARY KEY,"
                + " parents varchar(2000) NOT NULL, description varchar(2000) NOT NULL, checksum varchar(100),"
                + " applied_by varchar(200) NOT NULL DEFAULT current_user(),"
                + " applied_at datetime(6) NOT NULL DEFAULT current_timestamp(6), execution_ms bigint NOT NULL,"
                + " success boolean NOT NULL) COMMENT='autogen history format 1'");

        assertEquals(List.of("r1", "r2", "r3"), ids(migrator(threeTables()).upgrade()));

        assertEquals(List.of("completed_statements", "dialect", "statements_checksum", "verified_source"),
                db.column("SELECT column_name FROM information_schema.columns WHERE table_schema = database()"
                        + " AND table_name = 'autogen_history' AND column_name IN ('verified_source',"
                        + " 'completed_statements', 'statements_checksum', 'dialect') ORDER BY column_name"));
    }

    @Test
    void aRecreatedTableIsRefusedBeforeAnythingRuns() throws SQLException {
        db.execute("CREATE TABLE two (id int)");

        AutogenException error = assertThrows(AutogenException.class, () -> migrator(threeTables()).upgrade());

        assertEquals(ErrorCode.HISTORY_MISMATCH, error.code());
        assertTrue(error.getMessage().contains("table two"), error.getMessage());
        assertFalse(db.exists("one"));
    }

    @Test
    void aFailureAtTheThirdStatementKeepsTheFirstTwoRecordedAndTheNextUpgradeResumesThere() throws SQLException {
        db.execute("CREATE TABLE c (id int)");
        List<ResolvedMigration> migrations = List.of(sql("s1", List.of(),
                List.of("CREATE TABLE a (id int)", "CREATE TABLE b (id int)", "CREATE TABLE c (id int)",
                        "CREATE TABLE d (id int)"), List.of()));

        AutogenException error = assertThrows(AutogenException.class, () -> migrator(migrations).upgrade());

        assertEquals(ErrorCode.MIGRATION_FAILED, error.code());
        String message = error.getMessage();
        assertTrue(message.contains("stopped at statement 3 of 4: CREATE TABLE c (id int)"), message);
        assertTrue(message.contains("Statements 1-2 committed and stay applied:\n  1. CREATE TABLE a (id int)\n"
                + "  2. CREATE TABLE b (id int)"), message);
        assertTrue(message.contains("as under way with 2 of 4 statements done"), message);
        assertTrue(message.contains("it resumes at statement 3 (CREATE TABLE c (id int))"), message);
        assertEquals(List.of(List.of("s1", "0", "2")), history());
        assertTrue(db.exists("a") && db.exists("b") && !db.exists("d"));

        db.execute("DROP TABLE c");
        assertEquals(List.of("s1"), ids(migrator(migrations).upgrade()));

        assertEquals(List.of(row("s1", "1", null)), history());
        assertTrue(db.exists("c") && db.exists("d"));
    }

    private static List<ResolvedMigration> fiveTables(String third) {
        return List.of(sql("s1", List.of(), List.of("CREATE TABLE a (id int)", "CREATE TABLE b (id int)", third,
                "CREATE TABLE d (id int)", "CREATE TABLE e (id int)"), List.of()));
    }

    /** Fails at statement 3 of 5 on a table that exists; statements 1 and 2 committed. */
    private static void failAtTheThirdStatement() throws SQLException {
        db.execute("CREATE TABLE c (id int)", "INSERT INTO c VALUES (1)");
        assertThrows(AutogenException.class, () -> migrator(fiveTables("CREATE TABLE c (id int)")).upgrade());
        db.execute("INSERT INTO a VALUES (1)", "INSERT INTO b VALUES (1)");
        assertEquals(List.of(row("s1", "0", "2")), history());
    }

    /** Tables a and b still hold the row put in after the failed run: the first two statements did not run again. */
    private static void assertFirstTwoRanOnce() throws SQLException {
        assertEquals(List.of("1", "1"), db.column("SELECT count(*) FROM a UNION ALL SELECT count(*) FROM b"));
    }

    @Test
    void aFixedThirdStatementResumesWithoutRunningTheFirstTwoAgain() throws SQLException {
        failAtTheThirdStatement();
        List<ResolvedMigration> fixed = fiveTables("CREATE TABLE c2 (id int)");

        assertEquals(List.of("s1"), ids(migrator(fixed).upgrade()));

        assertFirstTwoRanOnce();
        assertTrue(db.exists("c2") && db.exists("d") && db.exists("e"));
        assertEquals(List.of(row("s1", "1", null)), history());
    }

    @Test
    void repairKeepsAPartlyAppliedRowWhoseFirstStatementsAreUnchanged() throws SQLException {
        failAtTheThirdStatement();
        List<ResolvedMigration> fixed = fiveTables("CREATE TABLE c2 (id int)");

        assertEquals(List.of("kept partly applied revision s1: its first 2 statements ran; the next upgrade runs it"
                + " from statement 3"), migrator(fixed).repair());
        assertEquals(List.of(row("s1", "0", "2")), history());
        assertEquals(List.of("s1"), ids(migrator(fixed).upgrade()));

        assertFirstTwoRanOnce();
        assertTrue(db.exists("c2") && db.exists("e"));
        assertEquals(List.of(row("s1", "1", null)), history());
    }

    @Test
    void aChangeInTheStatementsThatRanIsRefusedAndRepairDoesNotForgetIt() throws SQLException {
        failAtTheThirdStatement();
        List<ResolvedMigration> edited = List.of(sql("s1", List.of(), List.of("CREATE TABLE a2 (id int)",
                "CREATE TABLE b (id int)", "CREATE TABLE c2 (id int)"), List.of()));

        AutogenException error = assertThrows(AutogenException.class, () -> migrator(edited).upgrade());

        assertEquals(ErrorCode.CHECKSUM_MISMATCH, error.code());
        String message = error.getMessage();
        assertTrue(message.contains("its first 2 statements ran and stay applied") && message.contains("which of those 2"
                + " changed is unknown") && message.contains("Nothing was run") && message.contains("restore the migration")
                && message.contains("UPDATE `autogen_history` SET completed_statements = 0 WHERE revision = 's1'"), message);
        assertFalse(db.exists("c2") || db.exists("a2"));

        AutogenException refused = assertThrows(AutogenException.class, () -> migrator(edited).repair());
        assertEquals(ErrorCode.CHECKSUM_MISMATCH, refused.code());
        assertTrue(refused.getMessage().contains("Revision s1") && refused.getMessage().contains("1. CREATE TABLE a2")
                && refused.getMessage().contains("2. CREATE TABLE b"), refused.getMessage());
        assertEquals(List.of(row("s1", "0", "2")), history());

        db.execute("DROP TABLE a", "DROP TABLE b", "UPDATE autogen_history SET completed_statements = 0 WHERE revision = 's1'");
        assertTrue(migrator(edited).repair().get(0).contains("forgot partly applied revision s1"));
        assertEquals(List.of("s1"), ids(migrator(edited).upgrade()));
        assertTrue(db.exists("a2") && db.exists("c2"));
    }

    @Test
    void aTableWithoutTheCompletedChecksumRefusesTheEditAndRepairForgetsTheRowAsBefore() throws SQLException {
        failAtTheThirdStatement();
        db.execute("ALTER TABLE autogen_history DROP COLUMN completed_checksum");
        List<ResolvedMigration> fixed = fiveTables("CREATE TABLE c2 (id int)");

        AutogenException error = assertThrows(AutogenException.class, () -> migrator(fixed).upgrade());

        assertEquals(ErrorCode.CHECKSUM_MISMATCH, error.code());
        assertTrue(error.getMessage().contains("holds no checksum of the statements that ran"), error.getMessage());
        assertFalse(db.exists("c2"));
        assertTrue(migrator(fixed).repair().get(0).contains("forgot partly applied revision s1, whose first 2"
                + " statements had committed"));
        assertEquals(List.of(), history());
    }

    @Test
    void aDowngradeWhoseFailingStatementWasFixedResumesAfterTheStatementsThatRan() throws SQLException {
        List<String> up = List.of("CREATE TABLE a (id int)", "CREATE TABLE b (id int)", "CREATE TABLE c (id int)");
        migrator(List.of(sql("s1", List.of(), up, List.of("DROP TABLE c", "DROP TABLE missing", "DROP TABLE a"))))
                .upgrade();
        assertThrows(AutogenException.class, () -> migrator(List.of(sql("s1", List.of(), up,
                List.of("DROP TABLE c", "DROP TABLE missing", "DROP TABLE a")))).downgrade("base"));
        assertEquals(List.of(row("s1", "0", "1")), history());
        List<ResolvedMigration> fixed = List.of(sql("s1", List.of(), up, List.of("DROP TABLE c", "DROP TABLE b",
                "DROP TABLE a")));

        assertEquals(List.of("kept partly undone revision s1: its first 1 statement ran; the next downgrade runs it"
                + " from statement 2"), migrator(fixed).repair());
        assertEquals(List.of("s1"), ids(migrator(fixed).downgrade("base")));

        assertEquals(List.of(), history());
        assertFalse(db.exists("a") || db.exists("b") || db.exists("c"));
    }

    @Test
    void aStatementThatCompletedButWasNotRecordedIsNamedWithTheWayToSettleIt() throws SQLException {
        db.execute("CREATE PROCEDURE create_then_die() BEGIN CREATE TABLE b (id int); KILL CONNECTION_ID(); END");
        List<ResolvedMigration> dying = List.of(sql("s1", List.of(),
                List.of("CREATE TABLE a (id int)", "CALL create_then_die()", "CREATE TABLE c (id int)"), List.of()));

        AutogenException crashed = assertThrows(AutogenException.class, () -> migrator(dying).upgrade());

        assertTrue(crashed.getMessage().contains("stopped at statement 2 of 3: CALL create_then_die()"),
                crashed.getMessage());
        assertTrue(db.exists("b"), "the statement completed before its connection died");
        assertTrue(crashed.getMessage().contains("UPDATE `autogen_history` SET completed_statements = 2 WHERE revision = 's1'"),
                crashed.getMessage());
        assertEquals(List.of(List.of("s1", "0", "1")), history());

        AutogenException resumed = assertThrows(AutogenException.class, () -> migrator(dying).upgrade());

        String message = resumed.getMessage();
        assertTrue(message.contains("This run resumed at statement 2, where an earlier run stopped; that run may have"
                + " completed it"), message);
        assertTrue(message.contains("UPDATE `autogen_history` SET completed_statements = 2 WHERE revision = 's1'"), message);
        assertEquals(List.of(List.of("s1", "0", "1")), history());

        db.execute("UPDATE autogen_history SET completed_statements = 2 WHERE revision = 's1'");
        assertEquals(List.of("s1"), ids(migrator(dying).upgrade()));
        assertTrue(db.exists("c"));
    }

    @Test
    void aDowngradeRunsStatementByStatementAndResumesAfterTheLastRecordedOne() throws SQLException {
        List<ResolvedMigration> migrations = List.of(sql("s1", List.of(),
                List.of("CREATE TABLE a (id int)", "CREATE TABLE b (id int)", "CREATE TABLE c (id int)"),
                List.of("DROP TABLE c", "DROP TABLE b", "DROP TABLE a")));
        migrator(migrations).upgrade();
        db.execute("ALTER TABLE b ADD PRIMARY KEY (id)",
                "CREATE TABLE b_child (id int PRIMARY KEY, CONSTRAINT fk_child FOREIGN KEY (id) REFERENCES b (id))");

        AutogenException error = assertThrows(AutogenException.class, () -> migrator(migrations).downgrade("base"));

        assertEquals(ErrorCode.MIGRATION_FAILED, error.code());
        assertTrue(error.getMessage().contains("stopped at statement 2 of 3: DROP TABLE b"), error.getMessage());
        assertTrue(error.getMessage().contains("Statement 1 committed and stays undone:\n  1. DROP TABLE c"),
                error.getMessage());
        assertEquals(List.of(List.of("s1", "0", "1")), history());
        assertFalse(db.exists("c"));

        db.execute("DROP TABLE b_child");
        assertEquals(List.of("s1"), ids(migrator(migrations).downgrade("base")));

        assertEquals(List.of(), history());
        assertFalse(db.exists("a") || db.exists("b"));
    }

    @Test
    void concurrentUpgradesApplyEachRevisionOnce() throws Exception {
        List<ResolvedMigration> migrations = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            migrations.add(table(String.format("c%02d", i), i == 1 ? List.of() : List.of(String.format("c%02d", i - 1)),
                    String.format("t%02d", i)));
        }
        int threads = 3;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<MigrationResult>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<MigrationResult> upgrade = () -> {
                    Migrator migrator = migrator(migrations);
                    start.await();
                    return migrator.upgrade();
                };
                results.add(pool.submit(upgrade));
            }
            int applied = 0;
            for (Future<MigrationResult> result : results) {
                applied += ids(result.get(2, TimeUnit.MINUTES)).size();
            }
            assertEquals(6, applied);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(6, db.column("SELECT revision FROM autogen_history WHERE success").size());
    }

    @Test
    void theLockIsReleasedAfterAFailureOnAPooledConnectionSoTheNextUpgradeDoesNotWait() throws Exception {
        db.execute("CREATE TABLE b (id int)");
        List<ResolvedMigration> failing = List.of(sql("s1", List.of(),
                List.of("CREATE TABLE a (id int)", "CREATE TABLE b (id int)"), List.of()));
        try (Pool pool = new Pool(db)) {
            assertThrows(AutogenException.class, () -> migrator(pool.dataSource(), failing).upgrade());

            assertEquals(List.of("1", "1"), db.query("SELECT IS_FREE_LOCK('autogen:" + db.name() + ".autogen_history'),"
                    + " IS_FREE_LOCK('autogen-running:" + db.name() + ".autogen_history')").get(0),
                    "the pooled sessions gave both locks back");

            db.execute("DROP TABLE b");
            Migrator impatient = Migrator.configure().dataSource(pool.dataSource()).dialect(new MariaDbDialect())
                    .migrationSource(() -> failing).lockTimeout(Duration.ofSeconds(1)).load();
            assertEquals(List.of("s1"), ids(impatient.upgrade()));
        }
    }

    @Test
    void aHeldLockMakesTheOtherDeployReportItAfterTheTimeout() throws SQLException {
        try (Connection holder = db.connect()) {
            holder.createStatement().execute("SELECT GET_LOCK('autogen:" + db.name() + ".autogen_history', 0)");
            Migrator impatient = Migrator.configure().dataSource(db.dataSource()).dialect(new MariaDbDialect())
                    .migrationSource(MariaDbMigratorLiveTest::threeTables).lockTimeout(Duration.ofMillis(300)).load();

            AutogenException error = assertThrows(AutogenException.class, impatient::upgrade);

            assertEquals(ErrorCode.LOCK_TIMEOUT, error.code());
            assertTrue(error.getMessage().contains("IS_USED_LOCK('autogen:" + db.name() + ".autogen_history')"),
                    error.getMessage());
        }
        assertFalse(db.exists("one"));
    }

    /** A pool of real connections whose {@code close()} only gives them back, as a connection pool's do. */
    private static final class Pool implements AutoCloseable {
        private final MariaDbTestDatabase database;
        private final List<Connection> idle = new ArrayList<>();
        private final List<Connection> all = new ArrayList<>();

        Pool(MariaDbTestDatabase database) {
            this.database = database;
        }

        synchronized Connection borrow() throws SQLException {
            Connection physical = idle.isEmpty() ? open() : idle.remove(idle.size() - 1);
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                    (self, method, args) -> {
                        if (method.getName().equals("close")) {
                            giveBack(physical);
                            return null;
                        }
                        if (method.getName().equals("isClosed")) {
                            return physical.isClosed();
                        }
                        try {
                            return method.invoke(physical, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private Connection open() throws SQLException {
            Connection connection = database.connect();
            all.add(connection);
            return connection;
        }

        private synchronized void giveBack(Connection physical) {
            if (!idle.contains(physical)) {
                idle.add(physical);
            }
        }

        DataSource dataSource() {
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                    (self, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            return borrow();
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        @Override
        public void close() throws SQLException {
            for (Connection connection : all) {
                connection.close();
            }
        }
    }
}
