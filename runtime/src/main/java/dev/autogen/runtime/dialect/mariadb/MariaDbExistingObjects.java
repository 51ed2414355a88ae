package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.PostgresIdentifiers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which tables, sequences and indexes exist on MariaDB, by {@code information_schema}: a table or
 * sequence of the name in its database (the connection's current one when unqualified), or an index of
 * the name on any table of that database, since MariaDB names indexes per table.
 */
final class MariaDbExistingObjects {
    private static final String QUERY = "SELECT 1 FROM information_schema.tables WHERE table_schema = coalesce(?, database())"
            + " AND table_name = ? UNION ALL SELECT 1 FROM information_schema.statistics"
            + " WHERE table_schema = coalesce(?, database()) AND index_name = ? LIMIT 1";

    private MariaDbExistingObjects() {
    }

    /** The names among those given that exist now. */
    static Set<String> existing(Connection connection, List<String> names) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            for (String name : names) {
                String schema = PostgresIdentifiers.schemaOf(name);
                String object = PostgresIdentifiers.nameOf(name);
                query.setString(1, schema);
                query.setString(2, object);
                query.setString(3, schema);
                query.setString(4, object);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        existing.add(name);
                    }
                }
            }
        }
        return existing;
    }
}
