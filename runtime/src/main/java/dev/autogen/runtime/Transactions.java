package dev.autogen.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction on a connection in autocommit mode, and returns it to autocommit. */
final class Transactions {
    /**
     * Work on the connection inside the transaction.
     *
     * @param <T> its result
     */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {
    }

    /** Runs the work and commits; a failure rolls everything back and is rethrown unchanged. */
    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
