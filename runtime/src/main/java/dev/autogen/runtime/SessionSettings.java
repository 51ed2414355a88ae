package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresIdentifiers;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings a session had changed with {@code SET} before autogen got the connection, such as a
 * pool's {@code search_path}. Restoring them after a migration ({@code RESET ALL}, then these) gives
 * the next migration a clean session, whatever the last one set, and hands an application's pooled
 * connection back as it came. {@code RESET ALL} leaves the role and the session authorization
 * alone, so those are put back on their own: a migration's {@code SET ROLE} or {@code SET SESSION
 * AUTHORIZATION} must not run the next migration, and the history row, as another user.
 *
 * @param names       the settings' names
 * @param values      their values, in the same order
 * @param sessionUser the session user ({@code session_user}) the connection came with
 * @param currentUser the current user ({@code current_user}, the role) it came with
 */
record SessionSettings(List<String> names, List<String> values, String sessionUser, String currentUser) {
    /** Copies the lists. */
    SessionSettings {
        names = List.copyOf(names);
        values = List.copyOf(values);
    }

    /** The settings the connection's session set itself. */
    static SessionSettings capture(Connection connection) throws SQLException {
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
            return new SessionSettings(names, values, row.getString(1), row.getString(2));
        }
    }

    /** Resets every setting, then sets the captured ones again; inside a transaction, at its commit. */
    void restore(Connection connection) throws SQLException {
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

    /** Puts the session user and the role back where the connection had them, when a migration moved them. */
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
        statement.execute(currentUser.equals(sessionUser) ? "RESET ROLE" : "SET ROLE " + PostgresIdentifiers.quote(currentUser));
    }
}
