package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.SessionControl;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A borrowed MariaDB session gets back the settings and the database a migration changed, and only those. */
@Tag("mariadb")
class MariaDbSessionControlLiveTest {
    @RegisterExtension
    static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass();

    private final SessionControl control = new MariaDbDialect().sessionControl();

    private static List<String> settings(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT @@session.sql_mode, @@session.foreign_key_checks,"
                + " @@session.lock_wait_timeout, @@session.max_statement_time, @@session.time_zone,"
                + " @@session.unique_checks, DATABASE()")) {
            row.next();
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                values.add(row.getString(i));
            }
            return values;
        }
    }

    @Test
    void whatAMigrationSetIsSetBackAndTheSessionsOwnSettingsStay() throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION sql_mode = '', time_zone = '+02:00'");
            List<String> before = settings(statement);
            SessionControl.Snapshot snapshot = control.capture(connection);
            statement.execute("SET SESSION sql_mode = 'ANSI_QUOTES,NO_BACKSLASH_ESCAPES', foreign_key_checks = 0,"
                    + " lock_wait_timeout = 3, max_statement_time = 0.5, time_zone = 'SYSTEM',"
                    + " unique_checks = 0");
            statement.execute("USE information_schema");

            connection.setAutoCommit(false);
            snapshot.restore(connection);
            connection.commit();
            connection.setAutoCommit(true);

            assertEquals(before, settings(statement));
            assertEquals(List.of("", "+02:00", db.name()), List.of(before.get(0), before.get(4), before.get(6)));
        }
    }

    @Test
    void anUnchangedSessionIsLeftAlone() throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            List<String> before = settings(statement);
            control.capture(connection).restore(connection);
            assertEquals(before, settings(statement));
        }
    }

    @Test
    void noConnectionPropertyAndNoChangeToPreparing() throws SQLException {
        assertEquals(Map.of(), control.connectionProperties());
        try (Connection connection = db.connect()) {
            control.avoidServerPrepare(connection).run();
            assertTrue(connection.isValid(1));
        }
        assertTrue(MariaDbSessionControl.SETTINGS.contains("foreign_key_checks"));
    }
}
