package dev.autogen.runtime;

import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps autogen's own statements off named server-side prepared statements while it works on a
 * PostgreSQL connection. The driver switches to them after a few executions of one statement, and a
 * pooler in transaction mode cannot follow them across its server connections (error 42P05). The
 * driver is optional: without it, or for another database, nothing changes.
 */
final class ServerPrepare {
    /** Puts back what {@link #disable} changed. */
    @FunctionalInterface
    interface Restore {
        void run();
    }

    private static final Restore NOTHING = () -> { };
    private static final boolean DRIVER_PRESENT = driverPresent();

    private ServerPrepare() {
    }

    /** Sets the connection's prepare threshold to 0 (never prepare on the server) until the restore runs. */
    static Restore disable(Connection connection) {
        if (!DRIVER_PRESENT) {
            return NOTHING;
        }
        try {
            return Driver.disable(connection);
        } catch (SQLException e) {
            return NOTHING;
        }
    }

    private static boolean driverPresent() {
        try {
            Class.forName("org.postgresql.PGConnection", false, ServerPrepare.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The part that touches the driver's classes, loaded only when they are present. */
    private static final class Driver {
        private Driver() {
        }

        static Restore disable(Connection connection) throws SQLException {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return NOTHING;
            }
            PGConnection postgres = connection.unwrap(PGConnection.class);
            int previous = postgres.getPrepareThreshold();
            if (previous == 0) {
                return NOTHING;
            }
            postgres.setPrepareThreshold(0);
            return () -> postgres.setPrepareThreshold(previous);
        }
    }
}
