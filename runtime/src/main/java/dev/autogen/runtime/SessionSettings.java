package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SessionControl;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.dialect.SqlDialects;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The settings a session had changed itself before autogen got the connection, such as a pool's
 * search path, as the dialect's {@link SessionControl} captured them. Restoring them after a migration
 * gives the next migration a clean session, whatever the last one set (a role included), and hands an
 * application's pooled connection back as it came.
 *
 * @param snapshot what the dialect captured
 */
record SessionSettings(SessionControl.Snapshot snapshot) {
    /** The settings the connection's session set itself, as the dialect captures them. */
    static SessionSettings capture(Connection connection, SqlDialect dialect) throws SQLException {
        return new SessionSettings(dialect.sessionControl().capture(connection));
    }

    /** The settings the session set itself, captured as the reference dialect, the migrator's default, does. */
    static SessionSettings capture(Connection connection) throws SQLException {
        return capture(connection, SqlDialects.reference());
    }

    /** Puts the captured settings back; inside a transaction, at its commit. */
    void restore(Connection connection) throws SQLException {
        snapshot.restore(connection);
    }
}
