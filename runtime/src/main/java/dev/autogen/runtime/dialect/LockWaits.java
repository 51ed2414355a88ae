package dev.autogen.runtime.dialect;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * How a database bounds a migration's wait for table locks and tells who it waits for: the SQL that
 * sets a transaction-scoped lock timeout, the error that timeout raises, and the query that names
 * the sessions holding the lock. A new dialect provides the first three; the names its messages use
 * ({@link #timeoutName}, {@link #endSession}, {@link #blockersHint}) default to words that name no
 * database's functions.
 */
public interface LockWaits {
    /**
     * A query that bounds every lock wait of the rest of the open transaction to the timeout, and
     * returns one row with one column: the id of the server session that runs the transaction. The
     * bound ends with the transaction, so nothing of it is left on a pooled server connection.
     */
    String boundForTransaction(Duration timeout);

    /** Whether the error is the one a lock wait raises when it runs past that bound. */
    boolean isLockTimeout(SQLException error);

    /**
     * A query whose one parameter is the id of a waiting session, giving one row per session that
     * blocks one of its lock waits: the relation waited for (or {@code null} for a row or transaction
     * lock), then the blocking session's id, application name, user, state, the seconds its
     * transaction has been open (or {@code null}), and its current or last query.
     */
    String blockersQuery();

    /** The lock timeout as the database's users know it, for messages, e.g. {@code lock_timeout}; by default "the lock timeout". */
    default String timeoutName() {
        return "the lock timeout";
    }

    /** A statement that ends the session with that id, for the advice about a blocker; by default none. */
    default Optional<String> endSession(int sessionId) {
        return Optional.empty();
    }

    /**
     * A query a user can run while a migration waits to see the sessions it waits for, for a message
     * when autogen did not see them itself; by default none.
     */
    default Optional<String> blockersHint() {
        return Optional.empty();
    }

    /** Whether this database can bound lock waits at all; without, migrations run as they always did. */
    default boolean supported() {
        return true;
    }

    /** For a database whose lock waits autogen cannot bound: sets nothing and recognises no timeout. */
    static LockWaits unsupported() {
        return new LockWaits() {
            @Override
            public String boundForTransaction(Duration timeout) {
                throw new UnsupportedOperationException("no lock timeout in this dialect");
            }

            @Override
            public boolean isLockTimeout(SQLException error) {
                return false;
            }

            @Override
            public String blockersQuery() {
                throw new UnsupportedOperationException("no blocking sessions in this dialect");
            }

            @Override
            public boolean supported() {
                return false;
            }
        };
    }
}
