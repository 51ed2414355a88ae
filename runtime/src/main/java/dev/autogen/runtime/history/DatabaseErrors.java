package dev.autogen.runtime.history;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

import java.sql.SQLException;

/** Turns JDBC connection failures into actionable errors that never show a password. */
public final class DatabaseErrors {
    private DatabaseErrors() {
    }

    /** The URL with any password parameter or user-info password replaced by {@code ***}. */
    public static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***")
                .replaceAll("(//[^/:@]+:)[^/@]*@", "$1***@");
    }

    /** The error for a failure to connect to the database at the given URL. */
    public static AutogenException connectionFailed(SQLException e, String url, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = maskUrl(url);
        String detail = e.getMessage() == null ? e.toString() : e.getMessage();
        if (state.equals("28P01") || state.equals("28000")) {
            return new AutogenException(ErrorCode.AUTHENTICATION_FAILED, "The database at " + where
                    + " rejected the login of user '" + user + "' (" + firstLine(detail)
                    + "). Check --user and the password in AUTOGEN_PASSWORD or autogen.properties.", e);
        }
        if (state.equals("3D000")) {
            return new AutogenException(ErrorCode.DATABASE_MISSING, "The database named in " + where
                    + " does not exist (" + firstLine(detail) + "). Create it, e.g. 'createdb NAME', or fix --url.", e);
        }
        if (state.startsWith("08") || e.getCause() instanceof java.io.IOException) {
            return new AutogenException(ErrorCode.DATABASE_UNREACHABLE, "Cannot reach the database at " + where
                    + " (" + firstLine(detail) + "). Check that the server is running and that --url names the right"
                    + " host and port, or remove --url to use the embedded PostgreSQL.", e);
        }
        return new AutogenException(ErrorCode.DATABASE_ERROR, "Cannot connect to the database at " + where + ": "
                + firstLine(detail) + " (SQL state " + state + ").", e);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
