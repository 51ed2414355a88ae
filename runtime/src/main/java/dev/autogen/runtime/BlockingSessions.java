package dev.autogen.runtime;

import dev.autogen.runtime.dialect.LockWaits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Watches one migration transaction from a second connection and remembers who blocked it: while
 * the transaction runs, every {@code interval} it asks the server whether the migrating session
 * waits for a lock, and if so which sessions hold it. The interval is at most half the lock timeout,
 * so a wait that runs into the timeout is seen at least once. A transaction that ends within one
 * interval costs nothing; the second connection is opened only when one is needed. When the data
 * source has no second connection, or gives back the migrating one, nothing is watched.
 */
final class BlockingSessions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BlockingSessions.class);
    private static final ScheduledThreadPoolExecutor SCHEDULER = scheduler();

    private final DataSource dataSource;
    private final Connection migrating;
    private final int pid;
    private final LockWaits waits;
    private volatile Connection watching;
    private volatile Seen last;
    private boolean closed;
    private ScheduledFuture<?> task;

    /**
     * What one look showed: the relation the session waited for and who held it.
     *
     * @param relation the relation, or {@code null} for a row or transaction lock
     * @param blockers the sessions that blocked the wait
     */
    record Seen(String relation, List<BlockingSession> blockers) {
        /** Copies the list. */
        Seen {
            blockers = List.copyOf(blockers);
        }
    }

    private BlockingSessions(DataSource dataSource, Connection migrating, int pid, LockWaits waits) {
        this.dataSource = dataSource;
        this.migrating = migrating;
        this.pid = pid;
        this.waits = waits;
    }

    /** Starts watching the session {@code pid} that runs on {@code migrating}, first after one interval. */
    static BlockingSessions watch(DataSource dataSource, Connection migrating, int pid, LockWaits waits,
                                  Duration interval) {
        BlockingSessions sessions = new BlockingSessions(dataSource, migrating, pid, waits);
        synchronized (sessions) {
            sessions.task = SCHEDULER.scheduleWithFixedDelay(sessions::look, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return sessions;
    }

    /** The last wait seen, or {@code null} when none was. */
    Seen last() {
        return last;
    }

    /** Stops watching and closes the second connection; waits for a look in progress. */
    @Override
    public synchronized void close() {
        closed = true;
        task.cancel(false);
        closeQuietly(watching);
        watching = null;
    }

    private void look() {
        try {
            if (watching == null && !open()) {
                return;
            }
            synchronized (this) {
                if (!closed) {
                    Seen seen = query(watching);
                    if (seen != null) {
                        last = seen;
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Could not look for sessions blocking the migration", e);
        }
    }

    /**
     * Opens the second connection; false, and no more looks, when there is none to have, or when it
     * is the migrating session itself (a single-connection or transaction-bound data source), which
     * is left open as it came.
     */
    private boolean open() {
        Connection opened;
        try {
            opened = dataSource.getConnection();
            if (opened == migrating || (!opened.getAutoCommit() && backendPid(opened) == pid)) {
                LOG.debug("The data source gave back the migrating session; not looking for blocking sessions");
                stop();
                return false;
            }
        } catch (SQLException e) {
            LOG.debug("No second connection to look for sessions blocking the migration: {}", e.getMessage());
            stop();
            return false;
        }
        synchronized (this) {
            if (closed) {
                closeQuietly(opened);
                return false;
            }
            watching = opened;
            return true;
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    private synchronized void stop() {
        task.cancel(false);
    }

    private Seen query(Connection connection) throws SQLException {
        String relation = null;
        List<BlockingSession> blockers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(waits.blockersQuery())) {
            statement.setInt(1, pid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    relation = relation == null ? rows.getString(1) : relation;
                    long age = rows.getLong(6);
                    blockers.add(new BlockingSession(rows.getInt(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.wasNull() ? null : Duration.ofSeconds(age), rows.getString(7)));
                }
            }
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
        return blockers.isEmpty() ? null : new Seen(relation, blockers);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Could not close the connection that looked for blocking sessions", e);
        }
    }

    private static ScheduledThreadPoolExecutor scheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, work -> {
            Thread thread = new Thread(work, "autogen-lock-watch");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setKeepAliveTime(1, TimeUnit.SECONDS);
        scheduler.allowCoreThreadTimeOut(true);
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }
}
