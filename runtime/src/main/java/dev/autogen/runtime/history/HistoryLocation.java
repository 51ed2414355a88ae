package dev.autogen.runtime.history;

import dev.autogen.runtime.dialect.PostgresHistorySql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The history table as the server resolves it: its schema (or database, where the dialect has no
 * schemas) and name as stored in the catalog, however the configured name was spelled. On PostgreSQL an
 * unqualified name lives where the table already is on the search path, or else in
 * {@code current_schema()}, where {@code CREATE TABLE} would put it.
 *
 * @param schema the schema, {@code ""} when the search path names no existing schema
 * @param table  the table name
 */
public record HistoryLocation(String schema, String table) {
    /**
     * Resolves the table named, as SQL, by {@code sqlName} on the connection's PostgreSQL search path;
     * neutral code asks its dialect's {@link dev.autogen.runtime.dialect.HistorySql#locate} instead.
     */
    public static HistoryLocation resolve(Connection connection, String sqlName) throws SQLException {
        return PostgresHistorySql.INSTANCE.locate(connection, sqlName);
    }

    /** The canonical spelling, both parts always double-quoted: one text per table. */
    public String canonical() {
        return quoted(schema) + "." + quoted(table);
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
