package dev.autogen.runtime.dialect;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells what a database's error means to the runtime: whether a login was refused, a lock wait timed
 * out, the connection is gone, an object exists already, and so on, and what the user should do about
 * it. The runtime asks this instead of comparing SQL states itself.
 *
 * <p>A new dialect must provide {@link #classify}; it may read the SQL state, the vendor code
 * ({@link SQLException#getErrorCode()}) or both. The defaults of the other methods are correct for any
 * database: the connection counts as lost for {@link Kind#CONNECTION_FAILURE}, {@link Kind#SESSION_ENDED}
 * or a network failure below the driver, and no advice beyond "fix the migration" is given. A dialect
 * overrides {@link #advice}, {@link #migrationAdvice} and {@link #whatEndsSessions} to name its own
 * settings, functions and catalog views.
 * {@link #standard()} classifies by the SQL standard's state classes alone.
 */
public interface ErrorClassifier {
    /** What the runtime does when a migration's statement fails and no more fitting advice is known. */
    String FIX_THE_MIGRATION = "Fix the migration, then run the command again.";

    /** The kinds of error the runtime tells apart; every other error is {@link #OTHER}. */
    enum Kind {
        /** The server refused the login: wrong user or password, or no permission to connect. */
        AUTHENTICATION_FAILED,
        /** The database named in the URL does not exist. */
        DATABASE_MISSING,
        /** The connection could not be made, or broke. */
        CONNECTION_FAILURE,
        /** The server ended the session: a shutdown, a restart, or an administrator ending it. */
        SESSION_ENDED,
        /** A lock wait ran past the lock timeout, or a lock asked for without waiting was held. */
        LOCK_NOT_AVAILABLE,
        /** The statement deadlocked with another session and was chosen to fail. */
        DEADLOCK,
        /** The transaction could not be serialized with a concurrent one. */
        SERIALIZATION_FAILURE,
        /** The statement was cancelled, by a statement timeout or by a user. */
        STATEMENT_CANCELLED,
        /** A table, index, sequence or view of that name exists already. */
        RELATION_EXISTS,
        /** A column of that name exists already on the table. */
        COLUMN_EXISTS,
        /** A schema of that name exists already. */
        SCHEMA_EXISTS,
        /** Another object of that name, such as a constraint or a type, exists already. */
        OBJECT_EXISTS,
        /** A table, index, sequence or view named does not exist. */
        UNDEFINED_RELATION,
        /** A column named does not exist. */
        UNDEFINED_COLUMN,
        /** A schema named does not exist. */
        UNDEFINED_SCHEMA,
        /** Another object named, such as a constraint or a type, does not exist. */
        UNDEFINED_OBJECT,
        /** The user lacks a privilege the statement needs. */
        INSUFFICIENT_PRIVILEGE,
        /** The server accepts no writes. */
        READ_ONLY,
        /** The server has no free connection slots. */
        TOO_MANY_CONNECTIONS,
        /** A value is longer than its column allows. */
        VALUE_TOO_LONG,
        /** Anything else. */
        OTHER
    }

    /** What the error is; {@link Kind#OTHER} when it is none of the kinds the runtime tells apart. */
    Kind classify(SQLException error);

    /** Whether the error is of that kind. */
    default boolean is(SQLException error, Kind kind) {
        return classify(error) == kind;
    }

    /**
     * Whether the failure means that the connection is gone: the error says it broke or the server
     * ended the session, or the driver failed on the network ({@link IOException} cause).
     */
    default boolean isConnectionLost(SQLException error) {
        Kind kind = classify(error);
        if (kind == Kind.CONNECTION_FAILURE || kind == Kind.SESSION_ENDED) {
            return true;
        }
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * What to do next about an error that is not a migration's own statement failing (autogen's work on
     * its history table, its lock or the catalog), or empty when no advice fits. By default none.
     */
    default Optional<String> advice(SQLException error) {
        return Optional.empty();
    }

    /**
     * What to do about a failure to connect of kind {@link Kind#DATABASE_MISSING} or {@link Kind#CONNECTION_FAILURE}
     * when the dialect knows better than the general advice (create the database, check host and port), such as
     * a driver option the server needs; empty by default, for the general advice.
     */
    default Optional<String> connectAdvice(SQLException error) {
        return Optional.empty();
    }

    /**
     * What to do next when a statement of a migration that runs in one transaction fails: the failures
     * that come from the server's limits or from other sessions need another remedy than a fix of the
     * migration's SQL. By default {@link #FIX_THE_MIGRATION}.
     */
    default String migrationAdvice(SQLException error) {
        return FIX_THE_MIGRATION;
    }

    /**
     * What can end a session, for the advice after a lost connection, as words that follow "what ended
     * the session (": by default a restart and timeouts.
     */
    default String whatEndsSessions() {
        return "a restart, a pooler's or the network's timeout";
    }

    /**
     * Classifies by the SQL standard's state classes only: {@code 08} connection failure, {@code 28}
     * authorization, {@code 40001} serialization failure,
     * {@code 22001} value too long, {@code 25006} read-only transaction; the rest is {@link Kind#OTHER}.
     */
    static ErrorClassifier standard() {
        return StandardErrors.INSTANCE;
    }
}
