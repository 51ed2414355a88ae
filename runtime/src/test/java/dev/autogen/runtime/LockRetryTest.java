package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retry loop on its own: what each attempt sees, how long it pauses, and when it gives up. */
@Tag("postgres")
class LockRetryTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass();

    @Test
    void eachAttemptRunsInAFreshBoundedTransactionAndThePausesGrow() throws SQLException {
        List<Duration> pauses = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        AtomicInteger attempts = new AtomicInteger();
        LockRetry retry = new LockRetry(new PostgresDialect().lockWaits(), Duration.ofMillis(250), 3,
                db.dataSource(), pauses::add);
        try (Connection connection = db.connect()) {
            String result = retry.inTransaction(connection, "m1", transaction -> {
                seen.add(setting(transaction) + (transaction.getAutoCommit() ? " autocommit" : " in transaction"));
                if (attempts.incrementAndGet() < 3) {
                    throw new LockRetry.TimedOut(timedOut());
                }
                return "done";
            }, contention -> new AutogenException(ErrorCode.DDL_LOCK_TIMEOUT, "gave up"));

            assertEquals("done", result);
            assertEquals(List.of("250ms in transaction", "250ms in transaction", "250ms in transaction"), seen);
            assertEquals("0", setting(connection), "the bound ended with the transaction");
            assertTrue(connection.getAutoCommit());
        }
        assertEquals(2, pauses.size());
        assertTrue(between(pauses.get(0), 500, 1000), pauses.toString());
        assertTrue(between(pauses.get(1), 1000, 2000), pauses.toString());
    }

    @Test
    void afterTheLastRetryTheCallersErrorCarriesTheStatementAndTheAttempts() throws SQLException {
        List<Duration> pauses = new ArrayList<>();
        LockRetry retry = new LockRetry(new PostgresDialect().lockWaits(), Duration.ofMillis(100), 2,
                db.dataSource(), pauses::add);
        AutogenException gaveUp = new AutogenException(ErrorCode.DDL_LOCK_TIMEOUT, "gave up");
        List<LockContention> contentions = new ArrayList<>();
        try (Connection connection = db.connect()) {
            AutogenException thrown = assertThrows(AutogenException.class, () -> retry.inTransaction(connection, "m1",
                    transaction -> {
                        throw new LockRetry.TimedOut(timedOut());
                    }, contention -> {
                        contentions.add(contention);
                        return gaveUp;
                    }));
            assertSame(gaveUp, thrown);
        }
        assertEquals(2, pauses.size());
        assertEquals(1, contentions.size());
        assertEquals(3, contentions.get(0).attempts());
        assertEquals("ALTER TABLE t ADD COLUMN c integer", contentions.get(0).statement());
        assertEquals(1, contentions.get(0).index());
    }

    @Test
    void thePausesDoubleFromAboutASecondUpToTenSeconds() {
        for (int i = 0; i < 50; i++) {
            assertTrue(between(LockRetry.pauseBefore(1), 500, 1000));
            assertTrue(between(LockRetry.pauseBefore(4), 4000, 8000));
            assertTrue(between(LockRetry.pauseBefore(5), 5000, 10000));
            assertTrue(between(LockRetry.pauseBefore(200), 5000, 10000));
        }
    }

    private static StatementRunner.FailedStatement timedOut() {
        return new StatementRunner.FailedStatement(1, "ALTER TABLE t ADD COLUMN c integer",
                new SQLException("canceling statement due to lock timeout", "55P03"));
    }

    private static boolean between(Duration duration, long fromMillis, long toMillis) {
        return duration.toMillis() >= fromMillis && duration.toMillis() <= toMillis;
    }

    private static String setting(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW lock_timeout")) {
            row.next();
            return row.getString(1);
        }
    }
}
