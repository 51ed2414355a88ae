package dev.autogen.runtime.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * What the runtime does to a database session it borrows, and how it gives it back as it came: the
 * JDBC properties of a connection it opens from a URL, keeping its own statements off server-side
 * prepared statements, and capturing the session's own settings to restore after each migration, so
 * that what one migration sets (a role, a search path, a timeout) never reaches the next one or the
 * application's pool.
 *
 * <p>The defaults are correct for any database and do nothing: no extra properties, no change to
 * how the driver prepares, and a snapshot whose restore leaves the session as the migration left it.
 * A new dialect overrides {@link #capture} when its sessions keep settings a migration may change,
 * and the other two when its driver names prepared statements on the server by default.
 */
public interface SessionControl {
    /** The session as it was when captured; restoring it puts its settings back. */
    @FunctionalInterface
    interface Snapshot {
        /** Puts the captured settings back; inside a transaction they take effect at its commit. */
        void restore(Connection connection) throws SQLException;
    }

    /** Captures the settings the connection's session changed itself, to restore after each migration. */
    default Snapshot capture(Connection connection) throws SQLException {
        return restored -> { };
    }

    /**
     * The JDBC properties a connection opened from a URL gets unless the URL sets them; for a
     * pooler in transaction mode, which cannot follow a driver's named server-side prepared statements.
     */
    default Map<String, String> connectionProperties() {
        return Map.of();
    }

    /**
     * Keeps the runtime's own statements on the connection off named server-side prepared statements,
     * until the returned action runs and puts the driver's setting back. Never fails: a driver that is
     * absent or cannot be changed leaves the connection as it is.
     */
    default Runnable avoidServerPrepare(Connection connection) {
        return () -> { };
    }
}
