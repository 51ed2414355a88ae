package dev.autogen.runtime.history;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What to do next about a database error that is not a migration's own statement failing, keyed by
 * the SQL state PostgreSQL gave. Advice is given only where it fits; an unknown state gets none.
 */
public final class SqlStateAdvice {
    private static final String POOLER = "This happens behind a connection pooler in transaction mode (e.g. PgBouncer"
            + " with pool_mode = transaction), which cannot keep the driver's prepared statements: add"
            + " prepareThreshold=0 to the JDBC URL, switch the pool to session mode, or give autogen a direct URL"
            + " to the server.";
    private static final String CONNECTION_LOST = "The connection to the server was lost or ended (a server restart,"
            + " pg_terminate_backend, an idle timeout or a pooler). Run the command again once the server is"
            + " available; 'current' shows what is applied.";

    private SqlStateAdvice() {
    }

    /** Whether the SQL state says the connection broke or the server ended the session. */
    public static boolean isConnectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }

    /**
     * Whether the failure means that the connection is gone: its SQL state says so, or the driver
     * failed on the network ({@link IOException} cause) without giving one.
     */
    public static boolean isConnectionLost(SQLException failure) {
        if (isConnectionLost(failure.getSQLState())) {
            return true;
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The advice for a SQL state, or empty when there is none that fits. */
    public static Optional<String> of(String sqlState) {
        if (sqlState == null) {
            return Optional.empty();
        }
        if (isConnectionLost(sqlState)) {
            return Optional.of(CONNECTION_LOST);
        }
        return Optional.ofNullable(switch (sqlState) {
            case "42501" -> "Check that the user may create and change tables there: it needs CREATE on the history"
                    + " table's schema, and SELECT, INSERT, UPDATE and DELETE on the history table (or to own it).";
            case "3F000" -> "The schema named does not exist. Create it, or name an existing one in --history-table.";
            case "42P01" -> "A table autogen reads does not exist. Check --history-table and the user's search_path.";
            case "42P05", "26000" -> POOLER;
            case "22001" -> "A value is longer than its column allows; for the history table this is usually a"
                    + " revision message or id longer than the table's column: shorten it in the migration's @Revision.";
            case "25006" -> "The server accepts no writes (a read-only standby, or default_transaction_read_only):"
                    + " point --url at the primary server.";
            case "53300" -> "The server has no free connection slots. Retry when fewer clients are connected, or"
                    + " raise max_connections.";
            case "55P03" -> "Another session holds a lock autogen needs, and the server's lock_timeout ran out. Find"
                    + " it in pg_locks and pg_stat_activity, let it finish or end it, then run the command again.";
            case "57014" -> "The statement was cancelled, usually by the server's statement_timeout. Raise it for the"
                    + " user (ALTER ROLE ... SET statement_timeout = ...), then run the command again.";
            case "40001", "40P01" -> "It collided with another session. Run the command again when that session is done.";
            default -> null;
        });
    }
}
