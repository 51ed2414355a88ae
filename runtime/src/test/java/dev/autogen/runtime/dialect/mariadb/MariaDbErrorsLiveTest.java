package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.ErrorClassifier;
import dev.autogen.runtime.dialect.ErrorClassifier.Kind;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each error MariaDB 10.11 gives through Connector/J, provoked, and the kind the dialect sees in it. */
@Tag("mariadb")
class MariaDbErrorsLiveTest {
    @RegisterExtension
    static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass().emptiedBeforeEach();

    private final ErrorClassifier errors = new MariaDbDialect().errors();

    private static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private Kind kindOf(String... sql) {
        SQLException error = assertThrows(SQLException.class, () -> db.execute(sql));
        return errors.classify(error);
    }

    private static int sessionId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT CONNECTION_ID()")) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void loginsDatabasesAndServersThatAreNotThere() {
        String server = MariaDbTestDatabase.SERVER + MariaDbTestDatabase.OPTIONS;
        SQLException login = assertThrows(SQLException.class, () -> connect(server, "nobody_" + UUID.randomUUID()
                .toString().substring(0, 8), "wrong"));
        assertEquals(1045, login.getErrorCode());
        assertEquals(Kind.AUTHENTICATION_FAILED, errors.classify(login));
        SQLException database = assertThrows(SQLException.class, () -> connect(MariaDbTestDatabase.SERVER
                + "no_such_db_mdbo" + MariaDbTestDatabase.OPTIONS, MariaDbTestDatabase.USER, null));
        assertEquals(1049, database.getErrorCode());
        assertEquals(Kind.DATABASE_MISSING, errors.classify(database));
        SQLException refused = assertThrows(SQLException.class, () -> connect("jdbc:mariadb://127.0.0.1:1/x"
                + MariaDbTestDatabase.OPTIONS + "&connectTimeout=2000", MariaDbTestDatabase.USER, null));
        assertEquals(Kind.CONNECTION_FAILURE, errors.classify(refused), refused.getSQLState() + " " + refused.getErrorCode());
        assertTrue(errors.isConnectionLost(refused));
    }

    @Test
    void objectsThatExistOrDoNot() throws SQLException {
        db.execute("CREATE TABLE p (id int PRIMARY KEY, v varchar(2), CONSTRAINT ck CHECK (id > 0)) ENGINE=InnoDB",
                "CREATE TABLE c (id int, p_id int, CONSTRAINT fk FOREIGN KEY (p_id) REFERENCES p (id)) ENGINE=InnoDB",
                "CREATE TABLE c2 (id int, p_id int) ENGINE=InnoDB", "CREATE INDEX ix ON p (v)");
        assertEquals(Kind.RELATION_EXISTS, kindOf("CREATE TABLE p (id int)"));
        assertEquals(Kind.RELATION_EXISTS, kindOf("CREATE INDEX ix ON p (v)"));
        assertEquals(Kind.COLUMN_EXISTS, kindOf("ALTER TABLE p ADD COLUMN v int"));
        assertEquals(Kind.SCHEMA_EXISTS, kindOf("CREATE DATABASE `" + db.name() + "`"));
        assertEquals(Kind.OBJECT_EXISTS, kindOf("ALTER TABLE p ADD CONSTRAINT ck CHECK (id > 1)"));
        assertEquals(Kind.OBJECT_EXISTS, kindOf("ALTER TABLE c2 ADD CONSTRAINT fk FOREIGN KEY (p_id) REFERENCES p (id)"));
        assertEquals(Kind.OBJECT_EXISTS, kindOf("ALTER TABLE p ADD PRIMARY KEY (v)"));
        assertEquals(Kind.UNDEFINED_RELATION, kindOf("SELECT * FROM nosuch"));
        assertEquals(Kind.UNDEFINED_RELATION, kindOf("DROP TABLE nosuch"));
        assertEquals(Kind.UNDEFINED_RELATION, kindOf("DROP SEQUENCE nosuch"));
        assertEquals(Kind.UNDEFINED_COLUMN, kindOf("ALTER TABLE p RENAME COLUMN nosuch TO x"));
        assertEquals(Kind.UNDEFINED_OBJECT, kindOf("ALTER TABLE p DROP INDEX nosuch"));
        assertEquals(Kind.UNDEFINED_OBJECT, kindOf("ALTER TABLE p DROP FOREIGN KEY nosuch"));
        assertEquals(Kind.UNDEFINED_SCHEMA, kindOf("DROP DATABASE no_such_db_mdbo"));
        assertEquals(Kind.VALUE_TOO_LONG, kindOf("INSERT INTO p VALUES (1, 'abc')"));
        assertEquals(Kind.OTHER, kindOf("SELEC 1"));
    }

    @Test
    void readOnlyTransactionsAndPrivileges() throws SQLException {
        db.execute("CREATE TABLE t (id int) ENGINE=InnoDB");
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION READ ONLY");
            statement.execute("START TRANSACTION");
            SQLException error = assertThrows(SQLException.class, () -> statement.execute("INSERT INTO t VALUES (1)"));
            assertEquals(1792, error.getErrorCode());
            assertEquals(Kind.READ_ONLY, errors.classify(error));
        }
        String user = "mdbo_" + UUID.randomUUID().toString().substring(0, 8);
        db.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'pw'", "GRANT SELECT ON `" + db.name() + "`.t TO '"
                + user + "'@'%'");
        try (Connection low = connect(db.url(), user, "pw"); Statement statement = low.createStatement()) {
            for (String sql : List.of("CREATE TABLE z (id int)", "SET GLOBAL max_statement_time = 0", "USE mysql")) {
                SQLException denied = assertThrows(SQLException.class, () -> statement.execute(sql));
                assertEquals(Kind.INSUFFICIENT_PRIVILEGE, errors.classify(denied), sql + ": " + denied.getErrorCode());
            }
            assertTrue(errors.advice(assertThrows(SQLException.class, () -> statement.execute("DROP TABLE t")))
                    .orElseThrow().contains("GRANT"));
        } finally {
            db.execute("DROP USER '" + user + "'@'%'");
        }
    }

    @Test
    void aMetadataLockWaitRunsIntoLockWaitTimeout() throws Exception {
        db.execute("CREATE TABLE t (id int) ENGINE=InnoDB", "INSERT INTO t VALUES (1)");
        try (Connection holder = db.connect(); Connection ddl = db.connect();
             Statement hold = holder.createStatement(); Statement alter = ddl.createStatement()) {
            holder.setAutoCommit(false);
            hold.executeQuery("SELECT * FROM t").close();
            long start = System.nanoTime();
            SQLException timeout = assertThrows(SQLException.class,
                    () -> alter.execute("SET STATEMENT lock_wait_timeout = 1 FOR ALTER TABLE t ADD COLUMN v int"));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
            assertEquals(1205, timeout.getErrorCode());
            assertEquals(Kind.LOCK_NOT_AVAILABLE, errors.classify(timeout));
            assertTrue(errors.migrationAdvice(timeout).contains("KILL <id>"));
            holder.rollback();
            alter.execute("ALTER TABLE t ADD COLUMN v int");
        }
    }

    @Test
    void aDeadlockIsNotASerializationFailure() throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, n int) ENGINE=InnoDB", "INSERT INTO t VALUES (1, 0), (2, 0)");
        try (Connection a = db.connect(); Connection b = db.connect();
             Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            sa.executeUpdate("UPDATE t SET n = 1 WHERE id = 1");
            sb.executeUpdate("UPDATE t SET n = 1 WHERE id = 2");
            CompletableFuture<SQLException> first = CompletableFuture.supplyAsync(() -> {
                try {
                    sa.executeUpdate("UPDATE t SET n = 2 WHERE id = 2");
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            Thread.sleep(300);
            SQLException second = null;
            try {
                sb.executeUpdate("UPDATE t SET n = 2 WHERE id = 1");
            } catch (SQLException e) {
                second = e;
                b.rollback();
            }
            SQLException firstError = first.get(20, TimeUnit.SECONDS);
            SQLException deadlock = second != null ? second : firstError;
            assertEquals(1213, deadlock.getErrorCode());
            assertEquals("40001", deadlock.getSQLState());
            assertEquals(Kind.DEADLOCK, errors.classify(deadlock));
            a.rollback();
            b.rollback();
        }
    }

    @Test
    void statementTimeoutsKilledQueriesAndKilledSessions() throws Exception {
        db.execute("CREATE TABLE t (id int) ENGINE=InnoDB", "INSERT INTO t VALUES (1), (2), (3), (4), (5)");
        assertEquals(Kind.STATEMENT_CANCELLED,
                kindOf("SET STATEMENT max_statement_time = 0.05 FOR SELECT SLEEP(0.2) FROM t"));
        try (Connection victim = db.connect(); Connection admin = db.connect();
             Statement killer = admin.createStatement()) {
            int id = sessionId(victim);
            CompletableFuture<SQLException> running = CompletableFuture.supplyAsync(() -> {
                try (Statement statement = victim.createStatement()) {
                    statement.executeQuery("SELECT SLEEP(2) FROM t").close();
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            Thread.sleep(300);
            killer.execute("KILL QUERY " + id);
            SQLException cancelled = running.get(20, TimeUnit.SECONDS);
            assertEquals(Kind.STATEMENT_CANCELLED, errors.classify(cancelled), cancelled.getErrorCode() + "");
            assertTrue(!errors.isConnectionLost(cancelled));
            killer.execute("KILL " + id);
            Thread.sleep(200);
            SQLException ended = assertThrows(SQLException.class, () -> {
                try (Statement statement = victim.createStatement()) {
                    statement.executeQuery("SELECT 1").close();
                }
            });
            assertTrue(errors.isConnectionLost(ended), ended.getErrorCode() + " " + ended.getSQLState() + " " + ended);
        }
    }
}
