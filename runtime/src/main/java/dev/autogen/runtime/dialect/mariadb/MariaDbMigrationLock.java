package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.MigrationLock;
import dev.autogen.runtime.history.HistoryLocation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The migration locks on MariaDB: named user locks ({@code GET_LOCK}) keyed by the history table's
 * database and name. Such a lock belongs to the session, not to a transaction (MariaDB's DDL commits
 * on its own anyway), so it is taken at the first {@link #acquire} of a command, kept across that
 * command's transactions, and given up by {@link #release} when the command ends, on success and
 * failure alike; a session that ends (a crashed deploy, a killed connection) loses it too.
 */
final class MariaDbMigrationLock implements MigrationLock {
    /** MariaDB's longest user lock name. */
    static final int MAX_NAME_LENGTH = 64;

    private final String name;
    private final String runningName;
    private final String tableName;
    private final Duration timeout;

    MariaDbMigrationLock(HistoryLocation location, String tableName, Duration timeout) {
        this.name = nameOf("autogen:", location);
        this.runningName = nameOf("autogen-running:", location);
        this.tableName = tableName;
        this.timeout = timeout;
    }

    /**
     * The lock name: the prefix, the database, a dot and the table; when that is longer than
     * {@value #MAX_NAME_LENGTH} characters, the prefix and as much of the SHA-256 of the whole in hex as fits.
     */
    static String nameOf(String prefix, HistoryLocation location) {
        String whole = prefix + location.schema() + "." + location.table();
        if (whole.length() <= MAX_NAME_LENGTH) {
            return whole;
        }
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(whole.getBytes(StandardCharsets.UTF_8)));
            return prefix + hash.substring(0, MAX_NAME_LENGTH - prefix.length());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The migration lock's name. */
    String name() {
        return name;
    }

    /** The running lock's name. */
    String runningName() {
        return runningName;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    /**
     * Takes the migration lock for the session, waiting up to the timeout, unless the session holds it
     * already: it is kept until {@link #release}, not only until the transaction ends.
     */
    @Override
    public void acquire(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT IF(IS_USED_LOCK(?) <=> CONNECTION_ID(), 1, GET_LOCK(?, ?))")) {
            query.setString(1, name);
            query.setString(2, name);
            query.setDouble(3, Math.max(0.001, timeout.toMillis() / 1000.0));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                if (row.getInt(1) != 1) {
                    throw timedOut("the migration lock of " + tableName, name);
                }
            }
        }
    }

    /**
     * In a transaction, tries once to take the running lock for the session, kept until
     * {@link #release}; in autocommit mode only tells whether it is free.
     */
    @Override
    public boolean tryAcquireRunning(Connection connection) throws SQLException {
        String sql = connection.getAutoCommit() ? "SELECT IS_FREE_LOCK(?)"
                : "SELECT IF(IS_USED_LOCK(?) <=> CONNECTION_ID(), 1, GET_LOCK(?, 0))";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, runningName);
            if (!connection.getAutoCommit()) {
                query.setString(2, runningName);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1) == 1;
            }
        }
    }

    @Override
    public AutogenException runningTimedOut() {
        return timedOut("the lock that marks a migration of " + tableName + " running", runningName);
    }

    /** Releases both locks if this session holds them; {@code RELEASE_LOCK} leaves another session's alone. */
    @Override
    public void release(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT RELEASE_LOCK(?), RELEASE_LOCK(?)")) {
            query.setString(1, name);
            query.setString(2, runningName);
            query.executeQuery().close();
        }
    }

    /** The connection's {@code CONNECTION_ID()}. */
    @Override
    public long sessionOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT CONNECTION_ID()")) {
            row.next();
            return row.getLong(1);
        }
    }

    private AutogenException timedOut(String what, String lockName) {
        return new AutogenException(ErrorCode.LOCK_TIMEOUT, "Another autogen process has held " + what
                + " for more than " + readable(timeout) + ". Wait for it to finish, or raise --lock-timeout."
                + " The session that holds it is SELECT IS_USED_LOCK('" + lockName + "') (a connection id in"
                + " SHOW PROCESSLIST).");
    }

    private static String readable(Duration duration) {
        return duration.compareTo(Duration.ofSeconds(1)) < 0 ? duration.toMillis() + " ms" : duration.toSeconds() + " s";
    }
}
