package dev.autogen.runtime;

import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.SqlMigrations;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each migration starts from the session the connection came with, whatever the one before it set. */
@Tag("postgres")
class SessionStateTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    @Test
    void aSearchPathSetByOneMigrationDoesNotLeakIntoTheNext() throws SQLException {
        for (boolean transactional : List.of(true, false)) {
            db.reset();
            upgrade(db.dataSource(), transactional);

            assertTrue(db.exists("public.plain"), "transactional = " + transactional);
            assertFalse(db.exists("other.plain"), "transactional = " + transactional);
        }
    }

    @Test
    void aPooledConnectionKeepsItsOwnSettingsAndLosesTheMigrations() throws SQLException {
        try (Connection pooled = db.connect(); Statement statement = pooled.createStatement()) {
            statement.execute("SET work_mem = '7MB'");
            statement.execute("SET application_name = 'the app'");

            upgrade(pinned(pooled), true);

            assertTrue(db.exists("public.plain"));
            assertEquals("7MB", show(statement, "work_mem"));
            assertEquals("the app", show(statement, "application_name"));
            assertEquals("\"$user\", public", show(statement, "search_path"));
            assertEquals("0", show(statement, "lock_timeout"));
        }
    }

    @Test
    void aRoleSetByOneMigrationDoesNotRunTheNextOrTheHistoryRow() throws SQLException {
        String role = "rt_role_" + Long.toHexString(System.nanoTime());
        db.execute("CREATE ROLE " + role, "GRANT CREATE ON SCHEMA public TO " + role);
        try {
            for (String switchUser : List.of("SET ROLE " + role, "SET SESSION AUTHORIZATION " + role)) {
                for (boolean transactional : List.of(true, false)) {
                    db.reset();
                    db.execute("GRANT CREATE ON SCHEMA public TO " + role);
                    ResolvedMigration switcher = SqlMigrations.of("u1", List.of(), transactional, switchUser);
                    ResolvedMigration creator = SqlMigrations.of("u2", List.of("u1"), true, "CREATE TABLE owned (id integer)");
                    Migrator.configure().dataSource(db.dataSource()).migrationSource(() -> List.of(switcher, creator))
                            .load().upgrade();

                    String where = switchUser + ", transactional = " + transactional;
                    assertEquals(List.of(TestDatabase.USER), db.column("SELECT tableowner FROM pg_tables WHERE tablename = 'owned'"), where);
                    assertEquals(List.of(TestDatabase.USER, TestDatabase.USER),
                            db.column("SELECT applied_by FROM autogen_history ORDER BY revision"), where);
                }
            }
        } finally {
            db.reset();
            db.execute("REVOKE ALL ON SCHEMA public FROM " + role, "DROP ROLE " + role);
        }
    }

    private static void upgrade(DataSource dataSource, boolean transactional) {
        ResolvedMigration setter = SqlMigrations.of("s1", List.of(), transactional,
                "CREATE SCHEMA other", "SET search_path = other", "SET lock_timeout = '5s'");
        ResolvedMigration creator = SqlMigrations.of("s2", List.of("s1"), true, "CREATE TABLE plain (id integer)");
        Migrator.configure().dataSource(dataSource).migrationSource(() -> List.of(setter, creator)).load().upgrade();
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
            row.next();
            return row.getString(1);
        }
    }

    /** A data source that hands out one connection and keeps it open, as a pool does. */
    static DataSource pinned(Connection connection) {
        Connection kept = (Connection) Proxy.newProxyInstance(SessionStateTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (self, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(SessionStateTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (self, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return kept;
                    }
                    throw new SQLFeatureNotSupportedException(method.getName());
                });
    }
}
