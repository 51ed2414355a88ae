package dev.autogen.dialect.mariadb;

import dev.autogen.database.RowCounts;
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
 * Exact row counts of a few tables on MariaDB, for the warnings of a revision: one query per table, at
 * most {@link RowCounts#MAX_TABLES} of them, which also counts the rows matching each condition asked,
 * each given a few seconds at most ({@code max_statement_time}). A table that cannot be counted in time,
 * or whose conditions it rejects, is counted without them or left out.
 */
final class MariaDbRowCounts {
    private static final int TIMEOUT_SECONDS = 5;

    private MariaDbRowCounts() {
    }

    static Map<String, Long> of(Connection connection, Collection<String> tables) throws SQLException {
        Map<String, Collection<String>> none = new LinkedHashMap<>();
        tables.forEach(table -> none.put(table, Set.of()));
        Map<String, Long> counts = new LinkedHashMap<>();
        matching(connection, none).forEach((table, rows) -> counts.put(table, rows.total()));
        return counts;
    }

    static Map<String, RowCounts.TableRows> matching(Connection connection,
                                                     Map<String, ? extends Collection<String>> conditions)
            throws SQLException {
        Map<String, RowCounts.TableRows> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : conditions.keySet().stream().limit(RowCounts.MAX_TABLES).toList()) {
                List<String> filters = conditions.get(table).stream().distinct().toList();
                RowCounts.TableRows rows = count(statement, table, filters);
                if (rows == null && !filters.isEmpty()) {
                    rows = count(statement, table, List.of());
                }
                if (rows != null) {
                    counts.put(table, rows);
                }
            }
        }
        return counts;
    }

    private static RowCounts.TableRows count(Statement statement, String table, List<String> filters) {
        StringBuilder sql = new StringBuilder("SET STATEMENT max_statement_time = " + TIMEOUT_SECONDS
                + " FOR SELECT count(*)");
        filters.forEach(filter -> sql.append(", coalesce(sum(CASE WHEN ").append(filter).append(" THEN 1 ELSE 0 END), 0)"));
        sql.append(" FROM ").append(quoted(table));
        try (ResultSet rows = statement.executeQuery(sql.toString())) {
            rows.next();
            Map<String, Long> matching = new LinkedHashMap<>();
            for (int i = 0; i < filters.size(); i++) {
                matching.put(filters.get(i), rows.getLong(i + 2));
            }
            return new RowCounts.TableRows(rows.getLong(1), matching);
        } catch (SQLException e) {
            return null;
        }
    }

    private static String quoted(String table) {
        String schema = PostgresIdentifiers.schemaOf(table);
        String name = MariaDbCatalogQueries.quote(PostgresIdentifiers.nameOf(table));
        return schema == null ? name : MariaDbCatalogQueries.quote(schema) + "." + name;
    }
}
