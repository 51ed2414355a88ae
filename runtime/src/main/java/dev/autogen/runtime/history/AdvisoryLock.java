package dev.autogen.runtime.history;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.MigrationLock;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The migration locks: PostgreSQL transaction-scoped advisory locks keyed by the history table
 * itself, as the server resolves it, so that deploys spelling its name differently still run one
 * after the other. Being transaction-scoped, the server releases them at commit or rollback on
 * whatever server connection ran the transaction: no lock outlives its transaction, on a direct
 * connection or through a pooler in transaction mode alike.
 *
 * <p>The migration lock guards each change of the history and the migration it records. The
 * running lock marks a migration running outside a transaction, held in a transaction of its own.
 */
public final class AdvisoryLock implements MigrationLock {
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final HistoryLocation location;
    private final String tableName;
    private final Duration timeout;

    /** The locks of the history table at {@code location}, configured as {@code tableName}, waited for at most {@code timeout}. */
    public AdvisoryLock(HistoryLocation location, String tableName, Duration timeout) {
        this.location = location;
        this.tableName = tableName;
        this.timeout = timeout;
    }

    /** The 64-bit key of the migration lock: an FNV-1a hash of {@code autogen:"schema"."table"}. */
    public static long keyOf(HistoryLocation location) {
        return hash("autogen:" + location.canonical());
    }

    /** The 64-bit key of the running lock: an FNV-1a hash of {@code autogen-running:"schema"."table"}. */
    public static long runningKeyOf(HistoryLocation location) {
        return hash("autogen-running:" + location.canonical());
    }

    private static long hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    /**
     * Takes the migration lock in the connection's open transaction, waiting up to the timeout, and
     * keeps it until that transaction ends. The wait uses the server's {@code lock_timeout}, set for
     * the lock call only. Also makes the server notice a vanished client within seconds for the rest
     * of the transaction, so that a killed deploy does not keep the lock.
     */
    @Override
    public void acquire(Connection connection) throws SQLException {
        long key = keyOf(location);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DO $$ DECLARE previous text := current_setting('lock_timeout'); BEGIN"
                    + " IF current_setting('server_version_num')::int >= 140000 THEN"
                    + " PERFORM set_config('client_connection_check_interval', '2000', true); END IF;"
                    + " PERFORM set_config('lock_timeout', '" + Math.max(1, timeout.toMillis()) + "ms', true);"
                    + " PERFORM pg_advisory_xact_lock(" + key + ");"
                    + " PERFORM set_config('lock_timeout', previous, true); END $$");
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                throw timedOut("the migration lock of " + tableName, key, e);
            }
            throw e;
        }
    }

    /**
     * Tries once to take the running lock, without waiting, in the connection's open transaction (and
     * keeps it until that transaction ends), or in autocommit mode (and so only tells whether it was
     * free). A deploy that waits for it must not keep a pooled server connection while it waits, since
     * the deploy that holds it needs one to finish. It runs as a {@code DO} block, which leaves the
     * transaction without a snapshot: an idle transaction holding a snapshot would make the
     * {@code CREATE INDEX CONCURRENTLY} it guards wait for it forever. When it is busy, an open
     * transaction is aborted and must be rolled back.
     */
    @Override
    public boolean tryAcquireRunning(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT pg_try_advisory_xact_lock(" + runningKeyOf(location) + ") THEN"
                    + " RAISE EXCEPTION 'running lock busy' USING ERRCODE = 'lock_not_available'; END IF; END $$");
            return true;
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public AutogenException runningTimedOut() {
        return timedOut("the lock that marks a migration of " + tableName + " running outside a transaction",
                runningKeyOf(location), null);
    }

    /** The server process of the connection ({@code pg_backend_pid()}). */
    @Override
    public long sessionOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private AutogenException timedOut(String what, long key, SQLException cause) {
        return new AutogenException(ErrorCode.LOCK_TIMEOUT, "Another autogen process has held " + what
                + " for more than " + readable(timeout) + ". Wait for it to finish, or raise --lock-timeout."
                + " The session that holds it shows in pg_locks with locktype 'advisory' and objid "
                + (key & 0xffffffffL) + ".", cause);
    }

    /** The duration in whole seconds, or in milliseconds when under a second. */
    private static String readable(Duration duration) {
        return duration.compareTo(Duration.ofSeconds(1)) < 0 ? duration.toMillis() + " ms" : duration.toSeconds() + " s";
    }
}
