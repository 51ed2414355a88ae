package dev.autogen.runtime;

import dev.autogen.runtime.history.SqlStateAdvice;

import java.sql.SQLException;

/**
 * Tells a lost connection from an error of the SQL that ran on it: the server ended the session
 * (a terminated backend, a shutdown or a crash) or the network connection broke.
 */
final class ConnectionLoss {
    private ConnectionLoss() {
    }

    /** Whether the failure means that the connection is gone. */
    static boolean is(SQLException failure) {
        return SqlStateAdvice.isConnectionLost(failure);
    }
}
