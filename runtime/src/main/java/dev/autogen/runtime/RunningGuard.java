package dev.autogen.runtime;

import dev.autogen.runtime.history.AdvisoryLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Tells other deploys that a migration is running outside a transaction: while it runs, a
 * transaction on a connection of its own holds the running lock, and a deploy that finds the
 * migration recorded as incomplete waits for that lock before it decides. The lock ends with the
 * guard's transaction, so a deploy that crashed leaves it free, and its incomplete record stands.
 * Waiting for it polls, so that no waiting deploy keeps a pooled server connection that the
 * running one needs.
 */
final class RunningGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningGuard.class);
    private static final long POLL_MILLIS = 100;

    private final Connection connection;
    private final ServerPrepare.Restore prepare;

    private RunningGuard(Connection connection, ServerPrepare.Restore prepare) {
        this.connection = connection;
        this.prepare = prepare;
    }

    /**
     * Takes the running lock on a new connection from the data source. When the data source cannot
     * give a second connection, the migration runs without the guard: other deploys then report it as
     * incomplete while it runs, instead of waiting for it.
     */
    static RunningGuard hold(DataSource dataSource, AdvisoryLock lock) throws SQLException {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            LOG.warn("No second connection for the running lock ({}); concurrent deploys report the migration as"
                    + " incomplete until it finishes", e.getMessage());
            return new RunningGuard(null, () -> { });
        }
        RunningGuard guard = new RunningGuard(connection, ServerPrepare.disable(connection));
        try {
            connection.setAutoCommit(false);
            long deadline = System.nanoTime() + lock.timeout().toNanos();
            while (!lock.tryAcquireRunning(connection)) {
                connection.rollback();
                pause(deadline, lock);
            }
            return guard;
        } catch (SQLException | RuntimeException e) {
            guard.close();
            throw e;
        }
    }

    /**
     * Waits until no deploy runs a migration outside a transaction, as far as the lock timeout allows.
     * It polls in autocommit mode, each try a transaction of its own, so that it keeps no pooled server
     * connection while it waits.
     */
    static void awaitOthers(Connection connection, AdvisoryLock lock) throws SQLException {
        long deadline = System.nanoTime() + lock.timeout().toNanos();
        while (!lock.tryAcquireRunning(connection)) {
            pause(deadline, lock);
        }
    }

    private static void pause(long deadline, AdvisoryLock lock) {
        if (System.nanoTime() > deadline) {
            throw lock.runningTimedOut();
        }
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException(ErrorCode.LOCK_TIMEOUT, "Interrupted while waiting for another deploy's"
                    + " migration that runs outside a transaction.", e);
        }
    }

    /** Ends the guard's transaction, releasing the lock, and closes its connection. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (connection) {
            connection.rollback();
            connection.setAutoCommit(true);
            prepare.run();
        } catch (SQLException e) {
            LOG.debug("Could not end the running lock's transaction cleanly; closing its connection ends it", e);
        }
    }
}
