package dev.autogen.runtime.deploy;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The connections a run over many schemas or databases may have open at once, shared by all of them.
 * A target's first connection waits for a free one; a further connection of the same target (the
 * lock watcher's or the running lock's, both optional to the migrator) is given only when one is free
 * at once, and refused otherwise, so waiting never deadlocks and the bound always holds.
 */
final class ConnectionBudget {
    private final Semaphore permits;

    ConnectionBudget(int connections) {
        this.permits = new Semaphore(connections, true);
    }

    /** The target's data source, drawing on this budget. */
    DataSource limit(DataSource target) {
        AtomicInteger open = new AtomicInteger();
        return new WrappingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                take(open);
                try {
                    return super.getConnection();
                } catch (SQLException | RuntimeException e) {
                    give(open);
                    throw e;
                }
            }

            @Override
            Connection wrap(Connection connection) {
                return onClose(connection, () -> {
                    try {
                        connection.close();
                    } finally {
                        give(open);
                    }
                });
            }
        };
    }

    private void take(AtomicInteger open) throws SQLException {
        if (open.get() == 0) {
            permits.acquireUninterruptibly();
        } else if (!permits.tryAcquire()) {
            throw new SQLException("every connection of the --parallel bound is in use");
        }
        open.incrementAndGet();
    }

    private void give(AtomicInteger open) {
        open.decrementAndGet();
        permits.release();
    }
}
