package dev.autogen.runtime.dialect;

import dev.autogen.runtime.AutogenException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The locks that serialize deploys on one history table, as a dialect takes them. The migration lock
 * guards each change of the history and the migration it records; the running lock marks a migration
 * running outside a transaction. Both end with the transaction that took them, or with the session;
 * a dialect whose locks belong to the session ends them in {@link #release}.
 */
public interface MigrationLock {
    /** How long to wait for either lock. */
    Duration timeout();

    /**
     * Takes the migration lock in the connection's open transaction, waiting up to the timeout, and
     * keeps it until that transaction ends (a lock that belongs to the session: until {@link #release});
     * fails with {@link dev.autogen.runtime.ErrorCode#LOCK_TIMEOUT} when it stays taken.
     */
    void acquire(Connection connection) throws SQLException;

    /**
     * Tries once, without waiting, to take the running lock in the connection's open transaction (kept
     * until it ends) or in autocommit mode (which only tells whether it was free). When it is busy, an
     * open transaction may be aborted and must be rolled back.
     */
    boolean tryAcquireRunning(Connection connection) throws SQLException;

    /** The error for a running lock that stayed taken for the whole timeout. */
    AutogenException runningTimedOut();

    /**
     * Gives up what the connection's session holds of either lock beyond its transactions, before the
     * connection goes back to its pool; called once the work that took them ends, on every path. By
     * default nothing: the locks ended with their transactions.
     */
    default void release(Connection connection) throws SQLException {
    }

    /** The server session the connection talks to, so that two connections to one session can be told apart. */
    long sessionOf(Connection connection) throws SQLException;
}
