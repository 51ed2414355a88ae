package dev.autogen.cli.testing;

import dev.autogen.runtime.testing.MariaDbTestDatabase;
import dev.autogen.runtime.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A fresh database on one of the local servers, as the end-to-end tests use it whatever its dialect:
 * the runtime's {@link TestDatabase} (PostgreSQL) or {@link MariaDbTestDatabase} behind one face.
 */
public interface LiveDatabase extends AutoCloseable {
    /** The JDBC URL of the database. */
    String url();

    /** The user the tests connect as. */
    String user();

    /** A new connection to the database. */
    Connection connect() throws SQLException;

    /** Runs statements, each on its own in autocommit mode. */
    void execute(List<String> sql) throws SQLException;

    /** The rows of a query, each column rendered with {@code getString}. */
    List<List<String>> query(String sql) throws SQLException;

    /** Whether a table, view or sequence of this name exists. */
    boolean exists(String relation) throws SQLException;

    /** Empties the database. */
    void reset() throws SQLException;

    @Override
    void close() throws SQLException;

    /** The PostgreSQL test database behind this face. */
    static LiveDatabase of(TestDatabase database) {
        return new LiveDatabase() {
            @Override
            public String url() {
                return database.url();
            }

            @Override
            public String user() {
                return TestDatabase.USER;
            }

            @Override
            public Connection connect() throws SQLException {
                return database.connect();
            }

            @Override
            public void execute(List<String> sql) throws SQLException {
                database.execute(sql);
            }

            @Override
            public List<List<String>> query(String sql) throws SQLException {
                return database.query(sql);
            }

            @Override
            public boolean exists(String relation) throws SQLException {
                return database.exists(relation);
            }

            @Override
            public void reset() throws SQLException {
                database.reset();
            }

            @Override
            public void close() throws SQLException {
                database.close();
            }
        };
    }

    /** The MariaDB test database behind this face. */
    static LiveDatabase of(MariaDbTestDatabase database) {
        return new LiveDatabase() {
            @Override
            public String url() {
                return database.url();
            }

            @Override
            public String user() {
                return database.user();
            }

            @Override
            public Connection connect() throws SQLException {
                return database.connect();
            }

            @Override
            public void execute(List<String> sql) throws SQLException {
                database.execute(sql);
            }

            @Override
            public List<List<String>> query(String sql) throws SQLException {
                return database.query(sql);
            }

            @Override
            public boolean exists(String relation) throws SQLException {
                return database.exists(relation);
            }

            @Override
            public void reset() throws SQLException {
                database.reset();
            }

            @Override
            public void close() throws SQLException {
                database.close();
            }
        };
    }
}
