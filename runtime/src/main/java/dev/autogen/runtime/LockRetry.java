package dev.autogen.runtime;

import dev.autogen.runtime.dialect.LockWaits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Runs a migration's transaction so that it never queues behind a long transaction for long: the
 * transaction first bounds its lock waits to the DDL lock timeout (transaction-scoped, so nothing is
 * left on a pooled server connection), and when a statement runs into that bound the transaction
 * is rolled back, and after a pause that doubles each time (with jitter) run again, up to the
 * configured number of retries. Each retry is logged with the sessions that held the lock; when the
 * retries are used up, the caller's error names the table and those sessions.
 *
 * <p>The bound covers only this transaction's statements: autogen's own migration lock keeps its
 * wait ({@code --lock-timeout}), {@code statement_timeout} is left as the user set it, and
 * statements outside a transaction never run here.
 */
final class LockRetry {
    /** The default bound on each lock wait of a migration's statement. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(500);
    /** The default number of retries after the first attempt. */
    static final int DEFAULT_RETRIES = 5;

    private static final Logger LOG = LoggerFactory.getLogger(LockRetry.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    private static final Duration LONGEST_LOOK = Duration.ofMillis(100);

    private final LockWaits waits;
    private final Duration timeout;
    private final int retries;
    private final DataSource dataSource;
    private final Pause pause;

    /** Sleeps between attempts. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Bounds with the dialect's lock waits; {@code timeout} zero turns the bound and the retries off. */
    LockRetry(LockWaits waits, Duration timeout, int retries, DataSource dataSource) {
        this(waits, timeout, retries, dataSource, duration -> Thread.sleep(duration.toMillis()));
    }

    /** The same with its own way to pause, for tests. */
    LockRetry(LockWaits waits, Duration timeout, int retries, DataSource dataSource, Pause pause) {
        this.waits = waits;
        this.timeout = timeout;
        this.retries = retries;
        this.dataSource = dataSource;
        this.pause = pause;
    }

    private boolean bounding() {
        return waits.supported() && !timeout.isZero();
    }

    /**
     * Runs the work in one transaction, as {@link Transactions#run} does, with its lock waits bounded.
     * When the work throws {@link TimedOut} (see {@link #rethrowIfTimedOut}), everything is rolled back
     * and the work runs again after a pause, up to the retries; then {@code gaveUp} makes the error
     * to throw. {@code subject} names the work in the log. Inside a transaction the caller opened,
     * the work joins it unbounded and is not retried.
     */
    <T> T inTransaction(Connection connection, String subject, Transactions.Work<T> work,
                        Function<LockContention, AutogenException> gaveUp) throws SQLException {
        if (!bounding()) {
            return Transactions.run(connection, work);
        }
        if (!connection.getAutoCommit()) {
            try {
                return Transactions.run(connection, work);
            } catch (TimedOut timedOut) {
                throw gaveUp.apply(contention(timedOut.failure(), 1, null));
            }
        }
        BlockingSessions.Seen seen = null;
        for (int attempt = 1; ; attempt++) {
            BlockingSessions[] watch = new BlockingSessions[1];
            try {
                return Transactions.run(connection, transaction -> {
                    watch[0] = BlockingSessions.watch(dataSource, connection, bound(transaction), waits, interval());
                    return work.run(transaction);
                });
            } catch (TimedOut timedOut) {
                watch[0].close();
                seen = watch[0].last() == null ? seen : watch[0].last();
                LockContention contention = contention(timedOut.failure(), attempt, seen);
                if (attempt > retries) {
                    throw gaveUp.apply(contention);
                }
                Duration wait = pauseBefore(attempt);
                LOG.warn("{}: {} ran into {} ({} ms) waiting for a lock on {}, held by {}; rolled back,"
                                + " retry {} of {} in {} ms",
                        subject, "statement " + (contention.index() + 1), waits.timeoutName(), timeout.toMillis(),
                        contention.relationShown(), holders(contention.blockers()), attempt, retries, wait.toMillis());
                try {
                    pause.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw gaveUp.apply(contention);
                }
            } finally {
                if (watch[0] != null) {
                    watch[0].close();
                }
            }
        }
    }

    /**
     * Throws {@link TimedOut} when the statement failed because its lock wait ran into the bound,
     * so that {@link #inTransaction} retries; returns otherwise. Call it where the work catches a
     * failed statement, before turning the failure into an error.
     */
    void rethrowIfTimedOut(StatementRunner.FailedStatement failure) {
        if (bounding() && waits.isLockTimeout(failure.sqlException())) {
            throw new TimedOut(failure);
        }
    }

    /** The pause before retry {@code retry} (1-based): 1 s doubling up to 10 s, each between half and all of that. */
    static Duration pauseBefore(int retry) {
        long ceiling = Math.min(LONGEST_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(retry - 1, 20));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }

    /**
     * Looks at least twice per timeout, so a wait that runs into it is seen at least once, and at
     * least every 100 ms, so that a shorter {@code lock_timeout} a migration sets itself is seen too.
     */
    private Duration interval() {
        return Duration.ofMillis(Math.max(10, Math.min(LONGEST_LOOK.toMillis(), timeout.toMillis() / 2)));
    }

    /** Bounds the transaction's lock waits and returns the id of its server session. */
    private int bound(Connection transaction) throws SQLException {
        try (Statement statement = transaction.createStatement();
             ResultSet row = statement.executeQuery(waits.boundForTransaction(timeout))) {
            row.next();
            return row.getInt(1);
        }
    }

    private LockContention contention(StatementRunner.FailedStatement failure, int attempts, BlockingSessions.Seen seen) {
        return new LockContention(failure.sql(), failure.index(), attempts, timeout,
                seen == null ? null : seen.relation(), seen == null ? List.of() : seen.blockers(), waits);
    }

    private static String holders(List<BlockingSession> blockers) {
        return blockers.isEmpty() ? "a session not seen" : String.join(", ",
                blockers.stream().map(BlockingSession::describe).toList());
    }

    /** A statement of the work ran into the lock timeout; carries the failed statement to the retry loop. */
    static final class TimedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient StatementRunner.FailedStatement failure;

        TimedOut(StatementRunner.FailedStatement failure) {
            super(failure.getMessage(), failure);
            this.failure = failure;
        }

        StatementRunner.FailedStatement failure() {
            return failure;
        }
    }
}
