package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.CatalogProbe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MariaDB's catalog, {@code information_schema}: a schema is a database, an unqualified name is in
 * {@code DATABASE()}, index names are per table, and an index is never left INVALID (online DDL that
 * fails leaves no index). The index behind a primary key is always {@code PRIMARY}.
 */
final class MariaDbCatalogProbe implements CatalogProbe {
    static final MariaDbCatalogProbe INSTANCE = new MariaDbCatalogProbe();

    private static final String SCHEMA = "COALESCE(?, DATABASE())";

    private MariaDbCatalogProbe() {
    }

    @Override
    public String key(SchemaObject object) {
        String table = MariaDbIdentifiers.quoteQualified(object.table());
        return object.index() == null ? table : table + "." + MariaDbIdentifiers.quote(object.index());
    }

    @Override
    public Set<String> existing(Connection connection, List<SchemaObject> objects) throws SQLException {
        Set<String> existing = new HashSet<>();
        for (SchemaObject object : objects) {
            boolean found = object.index() == null ? relationExists(connection, object.table())
                    : indexState(connection, object.table(), object.index()) == IndexState.VALID;
            if (found) {
                existing.add(key(object));
            }
        }
        return existing;
    }

    @Override
    public IndexState indexState(Connection connection, String table, String index) throws SQLException {
        boolean found = exists(connection, "SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = "
                + SCHEMA + " AND TABLE_NAME = ? AND INDEX_NAME = ? LIMIT 1", table, index);
        return found ? IndexState.VALID : IndexState.ABSENT;
    }

    @Override
    public String primaryKeyIndex(String table, String primaryKey) {
        return "PRIMARY";
    }

    private static boolean relationExists(Connection connection, String table) throws SQLException {
        return exists(connection, "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = " + SCHEMA
                + " AND TABLE_NAME = ?", table, null);
    }

    private static boolean exists(Connection connection, String sql, String table, String index) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, MariaDbIdentifiers.schemaOf(table));
            query.setString(2, MariaDbIdentifiers.nameOf(table));
            if (index != null) {
                query.setString(3, index);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
