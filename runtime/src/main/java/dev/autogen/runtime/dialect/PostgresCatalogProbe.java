package dev.autogen.runtime.dialect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's catalog: relations found with {@code to_regclass}, index names per schema, INVALID
 * indexes (the leftovers of a failed {@code CREATE INDEX CONCURRENTLY}) told apart in {@code pg_index}.
 */
final class PostgresCatalogProbe implements CatalogProbe {
    static final PostgresCatalogProbe INSTANCE = new PostgresCatalogProbe();

    private PostgresCatalogProbe() {
    }

    @Override
    public String key(SchemaObject object) {
        if (object.index() == null) {
            return PostgresIdentifiers.quoteQualified(object.table());
        }
        String schema = PostgresIdentifiers.schemaOf(object.table());
        return PostgresIdentifiers.quoteQualified(schema == null ? object.index() : schema + "." + object.index());
    }

    @Override
    public Set<String> existing(Connection connection, List<SchemaObject> objects) throws SQLException {
        List<String> sqlNames = objects.stream().map(this::key).distinct().toList();
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

    @Override
    public IndexState indexState(Connection connection, String table, String index) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT i.indisvalid FROM pg_index i"
                + " JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass(?) AND c.relname = ?")) {
            query.setString(1, PostgresIdentifiers.quoteQualified(table));
            query.setString(2, index);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return IndexState.ABSENT;
                }
                return row.getBoolean(1) ? IndexState.VALID : IndexState.INVALID;
            }
        }
    }

    @Override
    public String primaryKeyIndex(String table, String primaryKey) {
        return PostgresIdentifiers.primaryKeyName(table, primaryKey);
    }
}
