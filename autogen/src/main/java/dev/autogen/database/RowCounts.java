package dev.autogen.database;

import dev.autogen.runtime.dialect.PostgresIdentifiers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exact row counts of a few tables, for the warnings of a revision: {@code count(*)} for each,
 * in one read-only transaction, each query given a few seconds at most. A table that cannot be
 * counted in time is left out rather than estimated.
 */
public final class RowCounts {
    /** At most this many tables are counted. */
    public static final int MAX_TABLES = 20;

    private static final int TIMEOUT_MILLIS = 5000;

    private RowCounts() {
    }

    /** The row count of each table that could be counted, by name as given. */
    public static Map<String, Long> of(Connection connection, Collection<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION READ ONLY");
            statement.execute("SET LOCAL statement_timeout = " + TIMEOUT_MILLIS);
            for (String table : tables.stream().distinct().limit(MAX_TABLES).toList()) {
                statement.execute("SAVEPOINT autogen_count");
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM "
                        + PostgresIdentifiers.quoteQualified(table))) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                    statement.execute("RELEASE SAVEPOINT autogen_count");
                } catch (SQLException e) {
                    statement.execute("ROLLBACK TO SAVEPOINT autogen_count");
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        return counts;
    }
}
