package dev.autogen.runtime.dialect;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the runtime does to a borrowed session, as PostgreSQL's {@link SessionControl} does it, and the
 * default that leaves a session alone.
 */
@Tag("postgres")
class SessionControlTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.perClass();

    private final SessionControl postgres = new PostgresDialect().sessionControl();

    @Test
    void aSnapshotPutsBackTheSessionsOwnSettingsAndDropsWhatAMigrationSet() throws SQLException {
        try (Connection connection = DB.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO pg_catalog, public");
            SessionControl.Snapshot snapshot = postgres.capture(connection);
            statement.execute("SET search_path TO public");
            statement.execute("SET statement_timeout = '5s'");

            snapshot.restore(connection);

            assertEquals("pg_catalog, public", setting(statement, "search_path"));
            assertEquals("0", setting(statement, "statement_timeout"));
        }
    }

    @Test
    void aSnapshotPutsBackTheRoleAMigrationTookOn() throws SQLException {
        DB.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'session_control_role')"
                + " THEN CREATE ROLE session_control_role; END IF; END $$");
        try (Connection connection = DB.connect(); Statement statement = connection.createStatement()) {
            SessionControl.Snapshot snapshot = postgres.capture(connection);
            statement.execute("SET ROLE session_control_role");

            snapshot.restore(connection);

            try (ResultSet row = statement.executeQuery("SELECT current_user")) {
                row.next();
                assertEquals(TestDatabase.USER, row.getString(1));
            }
        }
    }

    @Test
    void pgJdbcPreparesNothingOnTheServerUntilTheRestoreRuns() throws SQLException {
        try (Connection connection = DB.connect()) {
            PGConnection driver = connection.unwrap(PGConnection.class);
            driver.setPrepareThreshold(5);
            Runnable restore = postgres.avoidServerPrepare(connection);
            assertEquals(0, driver.getPrepareThreshold());
            restore.run();
            assertEquals(5, driver.getPrepareThreshold());
        }
        assertEquals(Map.of("prepareThreshold", "0"), postgres.connectionProperties());
    }

    @Test
    void theDefaultLeavesTheSessionAsTheMigrationLeftIt() throws SQLException {
        SessionControl none = new SessionControl() {
        };
        try (Connection connection = DB.connect(); Statement statement = connection.createStatement()) {
            PGConnection driver = connection.unwrap(PGConnection.class);
            driver.setPrepareThreshold(5);
            SessionControl.Snapshot snapshot = none.capture(connection);
            none.avoidServerPrepare(connection).run();
            statement.execute("SET statement_timeout = '5s'");
            snapshot.restore(connection);
            assertEquals("5s", setting(statement, "statement_timeout"));
            assertEquals(5, driver.getPrepareThreshold());
        }
        assertEquals(Map.of(), none.connectionProperties());
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT current_setting('" + name + "')")) {
            row.next();
            return row.getString(1);
        }
    }
}
