package dev.autogen.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one transaction on a connection in autocommit mode, and returns it to autocommit.
 * Work started inside an open transaction joins it.
 */
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

    @FunctionalInterface
    private interface Cleanup {
        void run() throws SQLException;
    }

    private Transactions() {
    }

    /**
     * Runs the work and commits; a failure rolls everything back and is rethrown unchanged, also when
     * the connection is gone and cannot roll back (the server then rolls back on its own). Inside an
     * open transaction the work just runs, and the caller's transaction commits it.
     */
    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        if (!connection.getAutoCommit()) {
            return work.run(connection);
        }
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            quietly(connection::rollback, e);
            quietly(() -> connection.setAutoCommit(true), e);
            throw e;
        }
        connection.setAutoCommit(true);
        return result;
    }

    private static void quietly(Cleanup cleanup, Exception failure) {
        try {
            cleanup.run();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
