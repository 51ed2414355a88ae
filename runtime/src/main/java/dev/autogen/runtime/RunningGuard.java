package dev.autogen.runtime;

import dev.autogen.runtime.dialect.MigrationLock;
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
    private final boolean autoCommit;
    private final ServerPrepare.Restore prepare;
    private final MigrationLock lock;

    private RunningGuard(Connection connection, boolean autoCommit, ServerPrepare.Restore prepare, MigrationLock lock) {
        this.connection = connection;
        this.autoCommit = autoCommit;
        this.prepare = prepare;
        this.lock = lock;
    }

    private static RunningGuard unguarded() {
        return new RunningGuard(null, true, () -> { }, null);
    }

    /**
     * Takes the running lock on a new connection from the data source. When the data source cannot
     * give a second connection, or gives back the migrating one (a single-connection data source, or
     * one bound to the caller's transaction), the migration runs without the guard: other deploys then
     * report it as incomplete while it runs, instead of waiting for it.
     */
    static RunningGuard hold(DataSource dataSource, Connection migrating, MigrationLock lock) throws SQLException {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            LOG.warn("No second connection for the running lock ({}); concurrent deploys report the migration as"
                    + " incomplete until it finishes", e.getMessage());
            return unguarded();
        }
        if (connection == migrating) {
            warnSameConnection();
            return unguarded();
        }
        RunningGuard guard = new RunningGuard(connection, connection.getAutoCommit(), ServerPrepare.disable(connection),
                lock);
        try {
            if (sameSession(connection, migrating, lock)) {
                guard.restore();
                warnSameConnection();
                return unguarded();
            }
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

    /** Whether this guard holds the running lock itself, so that waiting for that lock would wait for itself. */
    boolean holding() {
        return connection != null;
    }

    private static void warnSameConnection() {
        LOG.warn("The data source gave back the migrating connection as the second connection for the running lock;"
                + " concurrent deploys report the migration as incomplete until it finishes");
    }

    /**
     * Whether the second connection is a wrapper of the migrating one. The migrating connection is
     * normally in autocommit: then turning autocommit off on the second one shows on the migrating one
     * only if they are one connection, a test that asks the server nothing, so that a pooler in
     * transaction mode cannot answer it with a server connection both happen to use, and no deploy
     * keeps a pooled server connection while it asks. Inside a transaction of the caller's, the server
     * sessions ({@link MigrationLock#sessionOf}) of the two, both in a transaction, are compared.
     */
    private static boolean sameSession(Connection second, Connection migrating, MigrationLock lock)
            throws SQLException {
        if (migrating.getAutoCommit()) {
            second.setAutoCommit(false);
            return !migrating.getAutoCommit();
        }
        return !second.getAutoCommit() && lock.sessionOf(second) == lock.sessionOf(migrating);
    }

    /**
     * Waits until no deploy runs a migration outside a transaction, as far as the lock timeout allows.
     * It polls in autocommit mode, each try a transaction of its own, so that it keeps no pooled server
     * connection while it waits.
     */
    static void awaitOthers(Connection connection, MigrationLock lock) throws SQLException {
        long deadline = System.nanoTime() + lock.timeout().toNanos();
        while (!lock.tryAcquireRunning(connection)) {
            pause(deadline, lock);
        }
    }

    private static void pause(long deadline, MigrationLock lock) {
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
            release();
        } catch (SQLException e) {
            LOG.debug("Could not close the running lock's connection", e);
        }
    }

    /**
     * Rolls the guard's transaction back and releases what its session holds of the lock beyond it,
     * then restores the connection, also when either fails.
     */
    private void release() {
        try {
            connection.rollback();
            lock.release(connection);
        } catch (SQLException e) {
            LOG.debug("Could not end the running lock's transaction cleanly; closing its connection ends it", e);
        } finally {
            restore();
        }
    }

    /**
     * Puts the connection's autocommit mode and prepare threshold back as they were, the threshold also
     * when the autocommit mode cannot be set. Leaves a transaction that was open before the guard open.
     */
    private void restore() {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.debug("Could not restore the autocommit mode of the running lock's connection", e);
        } finally {
            prepare.run();
        }
    }
}
