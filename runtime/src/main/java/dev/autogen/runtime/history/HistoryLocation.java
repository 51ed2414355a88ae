package dev.autogen.runtime.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The history table as the server resolves it: its schema and name as stored in the catalog, however
 * the configured name was spelled. An unqualified name lives where the table already is on the search
 * path, or else in {@code current_schema()}, where {@code CREATE TABLE} would put it.
 *
 * @param schema the schema, {@code ""} when the search path names no existing schema
 * @param table  the table name
 */
public record HistoryLocation(String schema, String table) {
    private static final String RESOLVE = "SELECT coalesce(CASE WHEN cardinality(i.p) = 2 THEN i.p[1] END,"
            + " (SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.oid = to_regclass(?)), current_schema(), ''), i.p[cardinality(i.p)]"
            + " FROM (SELECT parse_ident(?) AS p) i";

    /** Resolves the table named, as SQL, by {@code sqlName} on the connection's search path. */
    public static HistoryLocation resolve(Connection connection, String sqlName) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(RESOLVE)) {
            query.setString(1, sqlName);
            query.setString(2, sqlName);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new HistoryLocation(row.getString(1), row.getString(2));
            }
        }
    }

    /** The canonical spelling, both parts always double-quoted: one text per table. */
    public String canonical() {
        return quoted(schema) + "." + quoted(table);
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
