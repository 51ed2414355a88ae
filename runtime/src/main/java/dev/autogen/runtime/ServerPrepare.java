package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SessionControl;
import dev.autogen.runtime.dialect.SqlDialect;

import java.sql.Connection;

/**
 * Keeps autogen's own statements off named server-side prepared statements while it works on a
 * connection, as the dialect's {@link SessionControl#avoidServerPrepare} does it: a pooler in
 * transaction mode cannot follow them across its server connections.
 */
final class ServerPrepare {
    /** Puts back what {@link #disable} changed. */
    @FunctionalInterface
    interface Restore {
        void run();
    }

    private ServerPrepare() {
    }

    /** Stops server-side preparing on the connection, as the dialect does it, until the restore runs. */
    static Restore disable(Connection connection, SqlDialect dialect) {
        Runnable undo = dialect.sessionControl().avoidServerPrepare(connection);
        return undo::run;
    }
}
