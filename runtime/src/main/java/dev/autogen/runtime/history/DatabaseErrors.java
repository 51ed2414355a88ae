package dev.autogen.runtime.history;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.SecretMask;

import java.sql.SQLException;

/**
 * Turns JDBC failures into actionable errors that never show a password: failures to connect by
 * kind, and other database errors with the advice that fits their SQL state ({@link SqlStateAdvice}).
 */
public final class DatabaseErrors {
    private DatabaseErrors() {
    }

    /** The URL with any password parameter or user-info password replaced by {@code ***}. */
    public static String maskUrl(String url) {
        return SecretMask.patternsOnly().apply(url);
    }

    /** The error for a failure to connect, with the driver's text masked by {@code mask} as well. */
    public static AutogenException connectionFailed(SQLException e, String url, String user, SecretMask mask) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = mask.apply(url);
        String detail = mask.apply(firstLine(e.getMessage() == null ? e.toString() : e.getMessage()));
        if (state.equals("28P01") || state.equals("28000")) {
            return new AutogenException(ErrorCode.AUTHENTICATION_FAILED, "The database at " + where
                    + " rejected the login of user '" + user + "' (" + detail
                    + "). Check --user and the password in AUTOGEN_PASSWORD or autogen.properties.", e);
        }
        if (state.equals("3D000")) {
            return new AutogenException(ErrorCode.DATABASE_MISSING, "The database named in " + where
                    + " does not exist (" + detail + "). Create it, e.g. 'createdb NAME', or fix --url.", e);
        }
        if (detail.startsWith("No suitable driver") || detail.startsWith("Unable to parse URL")) {
            return new AutogenException(ErrorCode.CONFIGURATION, "No JDBC driver accepts the URL " + where + " ("
                    + detail + "). autogen supports PostgreSQL URLs of the form jdbc:postgresql://host:5432/database;"
                    + " fix --url.", e);
        }
        if (state.startsWith("08") || e.getCause() instanceof java.io.IOException) {
            return new AutogenException(ErrorCode.DATABASE_UNREACHABLE, "Cannot reach the database at " + where
                    + " (" + detail + "). Check that the server is running and that --url names the right"
                    + " host and port, or remove --url to use the embedded PostgreSQL.", e);
        }
        return new AutogenException(ErrorCode.DATABASE_ERROR, "Cannot connect to the database at " + where + ": "
                + detail + " (SQL state " + state + ")." + SqlStateAdvice.of(state).map(" "::concat).orElse(""), e);
    }

    /**
     * The error for a statement that failed while autogen worked on its own tables or read the
     * catalog: what it was doing, the server's message, masked, and the advice for its SQL state, if any.
     * A lost connection is {@link ErrorCode#CONNECTION_LOST}, anything else {@link ErrorCode#DATABASE_ERROR}.
     *
     * @param e     the failure
     * @param doing what autogen was doing, e.g. {@code "working on autogen_history"}
     * @param mask  hides the passwords the message may echo
     */
    public static AutogenException failed(SQLException e, String doing, SecretMask mask) {
        String state = e.getSQLState() == null ? "unknown" : e.getSQLState();
        String detail = mask.apply((e.getMessage() == null ? e.toString() : e.getMessage()).strip());
        ErrorCode code = SqlStateAdvice.isConnectionLost(e) ? ErrorCode.CONNECTION_LOST : ErrorCode.DATABASE_ERROR;
        return new AutogenException(code, "Database error while " + doing + ": " + detail
                + " (SQL state " + state + ")." + SqlStateAdvice.of(state).map(" "::concat).orElse(""), e);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
