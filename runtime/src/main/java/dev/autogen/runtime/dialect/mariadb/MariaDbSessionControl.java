package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.SessionControl;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MariaDB sessions: the session settings a migration is likely to change with {@code SET} (the
 * {@code sql_mode}, {@code foreign_key_checks} and {@code unique_checks} that bulk changes turn off, the
 * lock and statement timeouts, the time zone) and the current database
 * ({@code USE}) are captured as the session has them, and only those a migration changed are set back,
 * in one {@code SET SESSION}. MariaDB has no {@code RESET ALL}, and setting every variable back would
 * also freeze ones that move by themselves ({@code timestamp}, {@code insert_id}), so the list is fixed.
 * autogen itself changes none of them on a borrowed session; user variables ({@code @x}) cannot be listed
 * and are not restored.
 *
 * <p>Connector/J prepares statements on the client by default ({@code useServerPrepStmts=false}), so no
 * named server-side statement can confuse a proxy: no connection property is needed and
 * {@link #avoidServerPrepare} is the default no-op. A URL that turns server preparing on keeps it. The
 * isolation level, the read-only flag and the character sets are the driver's to keep: Connector/J tracks
 * them ({@link Connection#setTransactionIsolation}) and closes a connection whose results leave UTF-8.
 * MySQL 8 has no {@code max_statement_time} or {@code check_constraint_checks}; no test ran this there.
 */
final class MariaDbSessionControl implements SessionControl {
    /** The session settings captured and restored, all readable as {@code @@session.<name>} on MariaDB 10.11. */
    static final List<String> SETTINGS = List.of("sql_mode", "foreign_key_checks", "unique_checks",
            "check_constraint_checks", "lock_wait_timeout", "innodb_lock_wait_timeout", "max_statement_time",
            "time_zone", "sql_safe_updates", "innodb_strict_mode");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String QUERY = SETTINGS.stream().map(name -> "@@session." + name)
            .collect(Collectors.joining(", ", "SELECT ", ", DATABASE()"));

    @Override
    public Snapshot capture(Connection connection) throws SQLException {
        return new Settings(read(connection));
    }

    private static List<String> read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= SETTINGS.size() + 1; i++) {
                values.add(row.getString(i));
            }
            return values;
        }
    }

    private static String value(String value) {
        if (value == null) {
            return "NULL";
        }
        return NUMBER.matcher(value).matches() ? value : MariaDbIdentifiers.literal(value);
    }

    /**
     * The values of {@link #SETTINGS} as the session had them, then its current database.
     *
     * @param values the values in the order of {@link #SETTINGS}, the database ({@code null} for none) last
     */
    private record Settings(List<String> values) implements Snapshot {
        Settings {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        @Override
        public void restore(Connection connection) throws SQLException {
            List<String> now = read(connection);
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < SETTINGS.size(); i++) {
                if (!Objects.equals(values.get(i), now.get(i))) {
                    changed.add(SETTINGS.get(i) + " = " + value(values.get(i)));
                }
            }
            String database = values.get(SETTINGS.size());
            try (Statement statement = connection.createStatement()) {
                if (!changed.isEmpty()) {
                    statement.execute("SET SESSION " + String.join(", ", changed));
                }
                if (database != null && !database.equals(now.get(SETTINGS.size()))) {
                    statement.execute("USE " + MariaDbIdentifiers.quote(database));
                }
            }
        }
    }
}
