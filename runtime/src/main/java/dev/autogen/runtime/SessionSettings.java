package dev.autogen.runtime;

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
 * connection back as it came. The role ({@code SET ROLE}) is not a setting and is not touched.
 *
 * @param names  the settings' names
 * @param values their values, in the same order
 */
record SessionSettings(List<String> names, List<String> values) {
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
        return new SessionSettings(names, values);
    }

    /** Resets every setting, then sets the captured ones again; inside a transaction, at its commit. */
    void restore(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
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
}
