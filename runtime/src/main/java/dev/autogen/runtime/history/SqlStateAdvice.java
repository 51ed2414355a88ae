package dev.autogen.runtime.history;

import dev.autogen.runtime.dialect.PostgresErrors;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * PostgreSQL's advice about a database error that is not a migration's own statement failing, keyed by
 * its SQL state, for callers that hold only the state. The runtime asks its dialect's
 * {@link dev.autogen.runtime.dialect.ErrorClassifier} instead; this answers as {@link PostgresErrors} does.
 */
public final class SqlStateAdvice {
    private static final PostgresErrors POSTGRES = new PostgresErrors();

    private SqlStateAdvice() {
    }

    /** Whether PostgreSQL's SQL state says the connection broke or the server ended the session. */
    public static boolean isConnectionLost(String sqlState) {
        return POSTGRES.isConnectionLost(new SQLException(null, sqlState));
    }

    /**
     * Whether the failure means that the connection is gone: its SQL state says so, or the driver
     * failed on the network ({@link IOException} cause) without giving one.
     */
    public static boolean isConnectionLost(SQLException failure) {
        return POSTGRES.isConnectionLost(failure);
    }

    /** The advice for a SQL state, or empty when there is none that fits. */
    public static Optional<String> of(String sqlState) {
        return POSTGRES.advice(sqlState);
    }
}
