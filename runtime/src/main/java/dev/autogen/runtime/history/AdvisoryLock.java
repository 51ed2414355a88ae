package dev.autogen.runtime.history;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A PostgreSQL session-level advisory lock keyed by the history table's name, so that concurrent
 * upgrades of one database run one after the other.
 */
public final class AdvisoryLock {
    private static final long POLL_MILLIS = 100;

    private final long key;
    private final String tableName;
    private final Duration timeout;

    /** A lock for the given history table, waited for at most {@code timeout}. */
    public AdvisoryLock(String historyTable, Duration timeout) {
        this.tableName = historyTable;
        this.key = keyOf(historyTable);
        this.timeout = timeout;
    }

    /** The 64-bit lock key: an FNV-1a hash of {@code autogen:<table>}. */
    public static long keyOf(String historyTable) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : ("autogen:" + historyTable).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** Takes the lock on the connection's session, waiting up to the timeout. */
    public void acquire(Connection connection) throws SQLException {
        enableDeadClientCheck(connection);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            tryLock.setLong(1, key);
            while (true) {
                try (ResultSet row = tryLock.executeQuery()) {
                    row.next();
                    if (row.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AutogenException(ErrorCode.LOCK_TIMEOUT, "Another autogen process has held the migration"
                            + " lock of " + tableName + " for more than " + timeout.toSeconds()
                            + " s. Wait for it to finish, or raise --lock-timeout. A session that holds it shows in"
                            + " pg_locks with locktype 'advisory'.");
                }
                sleep();
            }
        }
    }

    /** Releases the lock. */
    public void release(Connection connection) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            unlock.execute();
        }
    }

    private static void enableDeadClientCheck(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF current_setting('server_version_num')::int >= 140000 THEN"
                    + " PERFORM set_config('client_connection_check_interval', '2000', false); END IF; END $$");
        } catch (SQLException e) {
            // Optional hardening only: older servers and restricted roles keep the default.
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException(ErrorCode.LOCK_TIMEOUT, "Interrupted while waiting for the migration lock.");
        }
    }
}
