package dev.autogen.runtime.dialect;

import org.postgresql.PGConnection;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL sessions: the settings whose source is {@code session} in {@code pg_settings}, restored
 * after {@code RESET ALL} with {@code set_config}, the session user and role put back on their own
 * ({@code RESET ALL} leaves them), and pgJDBC's {@code prepareThreshold} at 0 while autogen works, since
 * a pooler in transaction mode cannot follow named prepared statements across its server connections
 * (error 42P05). The driver is optional: without it nothing about preparing changes.
 */
final class PostgresSessionControl implements SessionControl {
    private static final Runnable NOTHING = () -> { };
    private static final boolean DRIVER_PRESENT = driverPresent();

    @Override
    public Snapshot capture(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name, current_setting(name) FROM pg_settings WHERE source = 'session'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
                values.add(rows.getString(2));
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT session_user, current_user")) {
            row.next();
            return new Settings(names, values, row.getString(1), row.getString(2));
        }
    }

    @Override
    public Map<String, String> connectionProperties() {
        return Map.of("prepareThreshold", "0");
    }

    @Override
    public Runnable avoidServerPrepare(Connection connection) {
        if (!DRIVER_PRESENT) {
            return NOTHING;
        }
        try {
            return Driver.disable(connection);
        } catch (SQLException e) {
            return NOTHING;
        }
    }

    private static boolean driverPresent() {
        try {
            Class.forName("org.postgresql.PGConnection", false, PostgresSessionControl.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The settings a session had changed with {@code SET}, and its users.
     *
     * @param names       the settings' names
     * @param values      their values, in the same order
     * @param sessionUser the session user ({@code session_user}) the connection came with
     * @param currentUser the current user ({@code current_user}, the role) it came with
     */
    private record Settings(List<String> names, List<String> values, String sessionUser, String currentUser)
            implements Snapshot {
        Settings {
            names = List.copyOf(names);
            values = List.copyOf(values);
        }

        @Override
        public void restore(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                restoreUsers(statement);
                statement.execute("RESET ALL");
            }
            if (names.isEmpty()) {
                return;
            }
            try (PreparedStatement set = connection.prepareStatement("SELECT set_config(s.name, s.value, false)"
                    + " FROM unnest(?::text[], ?::text[]) AS s(name, value)")) {
                Array nameArray = connection.createArrayOf("text", names.toArray());
                Array valueArray = connection.createArrayOf("text", values.toArray());
                set.setArray(1, nameArray);
                set.setArray(2, valueArray);
                set.executeQuery().close();
            }
        }

        private void restoreUsers(Statement statement) throws SQLException {
            String session;
            String current;
            try (ResultSet row = statement.executeQuery("SELECT session_user, current_user")) {
                row.next();
                session = row.getString(1);
                current = row.getString(2);
            }
            if (session.equals(sessionUser) && current.equals(currentUser)) {
                return;
            }
            if (!session.equals(sessionUser)) {
                statement.execute("RESET SESSION AUTHORIZATION");
                statement.execute("SET SESSION AUTHORIZATION " + PostgresIdentifiers.quote(sessionUser));
            }
            statement.execute(currentUser.equals(sessionUser) ? "RESET ROLE"
                    : "SET ROLE " + PostgresIdentifiers.quote(currentUser));
        }
    }

    /** The part that touches the driver's classes, loaded only when they are present. */
    private static final class Driver {
        private Driver() {
        }

        static Runnable disable(Connection connection) throws SQLException {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return NOTHING;
            }
            PGConnection postgres = connection.unwrap(PGConnection.class);
            int previous = postgres.getPrepareThreshold();
            if (previous == 0) {
                return NOTHING;
            }
            postgres.setPrepareThreshold(0);
            return () -> postgres.setPrepareThreshold(previous);
        }
    }
}
