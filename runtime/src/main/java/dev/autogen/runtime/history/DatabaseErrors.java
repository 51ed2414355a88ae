package dev.autogen.runtime.history;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.dialect.ErrorClassifier;
import dev.autogen.runtime.dialect.ErrorClassifier.Kind;
import dev.autogen.runtime.dialect.PostgresErrors;

import java.sql.SQLException;

/**
 * Turns JDBC failures into actionable errors that never show a password: failures to connect by
 * kind, and other database errors with the advice that fits them, both as the dialect's
 * {@link ErrorClassifier} tells. The overloads without a classifier use PostgreSQL's.
 */
public final class DatabaseErrors {
    private static final ErrorClassifier POSTGRES = new PostgresErrors();

    private DatabaseErrors() {
    }

    /** The URL with any password parameter or user-info password replaced by {@code ***}. */
    public static String maskUrl(String url) {
        return SecretMask.patternsOnly().apply(url);
    }

    /** The error for a failure to connect, classified as PostgreSQL's, with the driver's text masked by {@code mask} as well. */
    public static AutogenException connectionFailed(SQLException e, String url, String user, SecretMask mask) {
        return connectionFailed(e, url, user, mask, POSTGRES);
    }

    /** The error for a failure to connect, classified by {@code errors}, with the driver's text masked by {@code mask} as well. */
    public static AutogenException connectionFailed(SQLException e, String url, String user, SecretMask mask,
                                                    ErrorClassifier errors) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = mask.apply(url);
        String detail = mask.apply(firstLine(e.getMessage() == null ? e.toString() : e.getMessage()));
        Kind kind = errors.classify(e);
        if (kind == Kind.AUTHENTICATION_FAILED) {
            return new AutogenException(ErrorCode.AUTHENTICATION_FAILED, "The database at " + where
                    + " rejected the login of user '" + user + "' (" + detail
                    + "). Check --user and the password in AUTOGEN_PASSWORD or autogen.properties.", e);
        }
        if (kind == Kind.DATABASE_MISSING) {
            return new AutogenException(ErrorCode.DATABASE_MISSING, "The database named in " + where
                    + " does not exist (" + detail + "). " + errors.connectAdvice(e)
                    .orElse("Create it, e.g. 'createdb NAME', or fix --url."), e);
        }
        if (detail.startsWith("No suitable driver") || detail.startsWith("Unable to parse URL")) {
            return new AutogenException(ErrorCode.CONFIGURATION, "No JDBC driver accepts the URL " + where + " ("
                    + detail + "). autogen supports PostgreSQL URLs of the form jdbc:postgresql://host:5432/database;"
                    + " fix --url.", e);
        }
        if (kind == Kind.CONNECTION_FAILURE || e.getCause() instanceof java.io.IOException) {
            return new AutogenException(ErrorCode.DATABASE_UNREACHABLE, "Cannot reach the database at " + where
                    + " (" + detail + "). " + errors.connectAdvice(e).orElse("Check that the server is running and that"
                    + " --url names the right host and port, or remove --url to use the embedded PostgreSQL."), e);
        }
        return new AutogenException(ErrorCode.DATABASE_ERROR, "Cannot connect to the database at " + where + ": "
                + detail + " (SQL state " + state + ")." + errors.advice(e).map(" "::concat).orElse(""), e);
    }

    /** {@link #failed(SQLException, String, SecretMask, ErrorClassifier)} with PostgreSQL's classifier. */
    public static AutogenException failed(SQLException e, String doing, SecretMask mask) {
        return failed(e, doing, mask, POSTGRES);
    }

    /**
     * The error for a statement that failed while autogen worked on its own tables or read the
     * catalog: what it was doing, the server's message, masked, and the advice for its SQL state, if any.
     * A lost connection is {@link ErrorCode#CONNECTION_LOST}, anything else {@link ErrorCode#DATABASE_ERROR}.
     *
     * @param e     the failure
     * @param doing what autogen was doing, e.g. {@code "working on autogen_history"}
     * @param mask   hides the passwords the message may echo
     * @param errors what the dialect's errors mean
     */
    public static AutogenException failed(SQLException e, String doing, SecretMask mask, ErrorClassifier errors) {
        String state = e.getSQLState() == null ? "unknown" : e.getSQLState();
        String detail = mask.apply((e.getMessage() == null ? e.toString() : e.getMessage()).strip());
        ErrorCode code = errors.isConnectionLost(e) ? ErrorCode.CONNECTION_LOST : ErrorCode.DATABASE_ERROR;
        return new AutogenException(code, "Database error while " + doing + ": " + detail
                + " (SQL state " + state + ")." + errors.advice(e).map(" "::concat).orElse(""), e);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
