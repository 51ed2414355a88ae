package dev.autogen.runtime.dialect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which tables, indexes and sequences exist on PostgreSQL, found in one catalog query. */
final class PostgresExistingObjects {
    private PostgresExistingObjects() {
    }

    /**
     * The SQL names among those that exist now. An unqualified name is looked up in the current schema
     * only, where its creation puts it, not along the search path. An INVALID index, the leftover of a
     * failed {@code CREATE INDEX CONCURRENTLY}, does not count: the concurrent build drops it first.
     */
    static Set<String> existing(Connection connection, List<String> sqlNames) throws SQLException {
        Array names = connection.createArrayOf("text", sqlNames.toArray());
        Array qualified = connection.createArrayOf("bool",
                sqlNames.stream().map(name -> PostgresIdentifiers.schemaOf(name) != null).toArray());
        try (PreparedStatement query = connection.prepareStatement("SELECT name FROM unnest(?::text[], ?::bool[])"
                + " AS created(name, qualified) CROSS JOIN LATERAL (SELECT to_regclass(CASE WHEN qualified THEN name"
                + " ELSE quote_ident(current_schema()) || '.' || name END) AS oid) found WHERE found.oid IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indexrelid = found.oid AND NOT i.indisvalid)")) {
            query.setArray(1, names);
            query.setArray(2, qualified);
            Set<String> existing = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    existing.add(rows.getString(1));
                }
            }
            return existing;
        } finally {
            names.free();
            qualified.free();
        }
    }
}
