package dev.autogen.runtime;

import dev.autogen.runtime.dialect.LockWaits;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.testing.SqlMigrations;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parts of a failed migration's message that name the database's own tools come from the dialect:
 * PostgreSQL's name {@code lock_timeout}, {@code pg_terminate_backend} and {@code pg_stat_activity},
 * and a dialect without them names none.
 */
class AttemptDialectTextTest {
    private static final SQLException LOST = new SQLException("An I/O error occurred", "08006");
    private static final SqlDialect POSTGRES = new PostgresDialect();
    private static final BlockingSession BLOCKER = new BlockingSession(42, "report", "app", "idle in transaction",
            Duration.ofSeconds(9), "SELECT 1");

    @Test
    void postgresNamesWhatEndsSessions() {
        String message = attempt(POSTGRES).lostBeforeStart(LOST, "h").getMessage();
        assertTrue(message.contains(" Check that the server is up and what ended the session (pg_terminate_backend,"
                + " a restart, a pooler's or the network's timeout)."), message);
    }

    @Test
    void aPlainDialectNamesNoPostgresFunction() {
        String message = new Attempt(migration(), List.of("CREATE INDEX i ON t (c)"),
                MigrationResult.Direction.UPGRADE).lostBeforeStart(LOST, "h").getMessage();
        assertTrue(message.contains("what ended the session (a restart, a pooler's or the network's timeout)."), message);
        assertFalse(message.contains("pg_"), message);
    }

    @Test
    void postgresLockMessagesNameItsTimeoutAndHowToEndTheBlocker() {
        String seen = attempt(POSTGRES).lockNotGranted(contention(List.of(BLOCKER), POSTGRES.lockWaits()), "h")
                .getMessage();
        assertTrue(seen.contains(" ran into lock_timeout (--ddl-lock-timeout 500ms, unless the migration sets its own)"),
                seen);
        assertTrue(seen.contains("or end them (SELECT pg_terminate_backend(42) ends the first), then"), seen);
        String unseen = attempt(POSTGRES).lockNotGranted(contention(List.of(), POSTGRES.lockWaits()), "h").getMessage();
        assertTrue(unseen.contains("The sessions holding the lock were not seen (they can be found with SELECT pid,"
                + " application_name, state, xact_start, query FROM pg_stat_activity WHERE pid = ANY"
                + " (pg_blocking_pids(<waiting pid>)) while a migration waits)."), unseen);
    }

    @Test
    void lockWaitsWithoutHintsNameNoQuery() {
        LockWaits plain = LockWaits.unsupported();
        String seen = attempt(POSTGRES).lockNotGranted(contention(List.of(BLOCKER), plain), "h").getMessage();
        assertTrue(seen.contains(" ran into the lock timeout (--ddl-lock-timeout 500ms"), seen);
        assertTrue(seen.contains("Let those sessions finish, or end them, then"), seen);
        String unseen = attempt(POSTGRES).lockNotGranted(contention(List.of(), plain), "h").getMessage();
        assertTrue(unseen.contains("The sessions holding the lock were not seen.\n"), unseen);
    }

    private static LockContention contention(List<BlockingSession> blockers, LockWaits waits) {
        return new LockContention("CREATE INDEX i ON t (c)", 0, 3, Duration.ofMillis(500), "t", blockers, waits);
    }

    private static Attempt attempt(SqlDialect dialect) {
        return new Attempt(migration(), List.of("CREATE INDEX i ON t (c)"), MigrationResult.Direction.UPGRADE,
                dialect.errors());
    }

    private static dev.autogen.runtime.load.ResolvedMigration migration() {
        return SqlMigrations.of("m2", List.of("m1"), false, "CREATE INDEX i ON t (c)");
    }
}
