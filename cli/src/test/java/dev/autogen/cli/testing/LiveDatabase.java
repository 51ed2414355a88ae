package dev.autogen.cli.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A fresh database on one of the test servers, whichever dialect it is of: what the command-line tests
 * ask of {@code TestDatabase} (PostgreSQL) and {@code MariaDbTestDatabase} alike.
 */
public interface LiveDatabase extends AutoCloseable {
    /** The JDBC URL of the database. */
    String url();

    /** The user the tests connect as. */
    String user();

    /** A new connection to the database. */
    Connection connect() throws SQLException;

    /** Runs statements, each on its own in autocommit mode. */
    void execute(String... sql) throws SQLException;

    /** The rows of a query, each column rendered with {@code getString}. */
    List<List<String>> query(String sql) throws SQLException;

    /** The first column of a query's rows. */
    default List<String> column(String sql) throws SQLException {
        return query(sql).stream().map(row -> row.get(0)).toList();
    }

    /** Drops the database. */
    @Override
    void close() throws SQLException;
}
