package dev.autogen.database;

import dev.autogen.runtime.dialect.PostgresIdentifiers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact row counts of a few tables, for the warnings of a revision: one {@code count(*)} query per
 * table, which also counts the rows matching each condition asked for that table
 * ({@code count(*) FILTER (WHERE ...)}), in one read-only transaction, each query given a few
 * seconds at most. A table that cannot be counted in time is left out rather than estimated.
 */
public final class RowCounts {
    /** At most this many tables are counted. */
    public static final int MAX_TABLES = 20;

    private static final int TIMEOUT_MILLIS = 5000;

    /**
     * The rows of one table.
     *
     * @param total    all its rows
     * @param matching the rows matching each condition asked, by condition
     */
    public record TableRows(long total, Map<String, Long> matching) {
        /** Copies the map. */
        public TableRows {
            matching = Map.copyOf(matching);
        }
    }

    private RowCounts() {
    }

    /** The row count of each table that could be counted, by name as given. */
    public static Map<String, Long> of(Connection connection, Collection<String> tables) throws SQLException {
        Map<String, Collection<String>> none = new LinkedHashMap<>();
        tables.forEach(table -> none.put(table, Set.of()));
        Map<String, Long> counts = new LinkedHashMap<>();
        matching(connection, none).forEach((table, rows) -> counts.put(table, rows.total()));
        return counts;
    }

    /**
     * The rows of each table that could be counted, with the rows matching each of its conditions (SQL
     * boolean expressions over the table's columns), by table name as given. A condition the table
     * rejects leaves that table out.
     */
    public static Map<String, TableRows> matching(Connection connection, Map<String, ? extends Collection<String>> conditions)
            throws SQLException {
        Map<String, TableRows> counts = new LinkedHashMap<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION READ ONLY");
            statement.execute("SET LOCAL statement_timeout = " + TIMEOUT_MILLIS);
            for (String table : conditions.keySet().stream().limit(MAX_TABLES).toList()) {
                List<String> filters = conditions.get(table).stream().distinct().toList();
                StringBuilder sql = new StringBuilder("SELECT count(*)");
                filters.forEach(filter -> sql.append(", count(*) FILTER (WHERE ").append(filter).append(')'));
                sql.append(" FROM ").append(PostgresIdentifiers.quoteQualified(table));
                statement.execute("SAVEPOINT autogen_count");
                try (ResultSet rows = statement.executeQuery(sql.toString())) {
                    rows.next();
                    Map<String, Long> matching = new LinkedHashMap<>();
                    for (int i = 0; i < filters.size(); i++) {
                        matching.put(filters.get(i), rows.getLong(i + 2));
                    }
                    counts.put(table, new TableRows(rows.getLong(1), matching));
                    statement.execute("RELEASE SAVEPOINT autogen_count");
                } catch (SQLException e) {
                    statement.execute("ROLLBACK TO SAVEPOINT autogen_count");
                    if (!filters.isEmpty()) {
                        counts.putAll(matching(statement, table));
                    }
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        return counts;
    }

    /** The plain count of a table whose conditions it rejected, or nothing. */
    private static Map<String, TableRows> matching(Statement statement, String table) throws SQLException {
        statement.execute("SAVEPOINT autogen_count");
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + PostgresIdentifiers.quoteQualified(table))) {
            rows.next();
            long total = rows.getLong(1);
            statement.execute("RELEASE SAVEPOINT autogen_count");
            return Map.of(table, new TableRows(total, Map.of()));
        } catch (SQLException e) {
            statement.execute("ROLLBACK TO SAVEPOINT autogen_count");
            return Map.of();
        }
    }
}
