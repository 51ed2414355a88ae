package dev.autogen.runtime.history;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The migration lock: a PostgreSQL transaction-scoped advisory lock keyed by the history table
 * itself, as the server resolves it, so that deploys spelling its name differently still run one
 * after the other. Being transaction-scoped, the server releases it at commit or rollback on
 * whatever server connection ran the transaction: no lock outlives its transaction, on a direct
 * connection or through a pooler in transaction mode alike.
 */
public final class AdvisoryLock {
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final HistoryLocation location;
    private final String tableName;
    private final Duration timeout;

    /** The lock of the history table at {@code location}, configured as {@code tableName}, waited for at most {@code timeout}. */
    public AdvisoryLock(HistoryLocation location, String tableName, Duration timeout) {
        this.location = location;
        this.tableName = tableName;
        this.timeout = timeout;
    }

    /** The 64-bit lock key of a history table: an FNV-1a hash of {@code autogen:"schema"."table"}. */
    public static long keyOf(HistoryLocation location) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : ("autogen:" + location.canonical()).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The key of this lock. */
    public long key() {
        return keyOf(location);
    }

    /**
     * Takes the lock in the connection's open transaction, waiting up to the timeout, and keeps it
     * until that transaction ends. The wait uses the server's {@code lock_timeout}, set for the lock
     * call only. Also makes the server notice a vanished client within seconds for the rest of the
     * transaction, so that a killed deploy does not keep the lock.
     */
    public void acquire(Connection connection) throws SQLException {
        long millis = Math.max(1, timeout.toMillis());
        try (Statement statement = connection.createStatement()) {
            statement.execute("DO $$ DECLARE previous text := current_setting('lock_timeout'); BEGIN"
                    + " IF current_setting('server_version_num')::int >= 140000 THEN"
                    + " PERFORM set_config('client_connection_check_interval', '2000', true); END IF;"
                    + " PERFORM set_config('lock_timeout', '" + millis + "ms', true);"
                    + " PERFORM pg_advisory_xact_lock(" + key() + ");"
                    + " PERFORM set_config('lock_timeout', previous, true); END $$");
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                throw new AutogenException(ErrorCode.LOCK_TIMEOUT, "Another autogen process has held the migration"
                        + " lock of " + tableName + " for more than " + timeout.toSeconds()
                        + " s. Wait for it to finish, or raise --lock-timeout. The session that holds it shows in"
                        + " pg_locks with locktype 'advisory' and objid " + (key() & 0xffffffffL) + ".", e);
            }
            throw e;
        }
    }
}
