package dev.autogen.runtime;

import java.io.IOException;
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
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return true;
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
