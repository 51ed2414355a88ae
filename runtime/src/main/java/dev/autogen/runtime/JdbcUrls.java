package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.dialect.SqlDialects;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a database URL before connecting, so that a URL of the wrong form or for another database
 * is reported as such rather than as a server that cannot be reached. The URLs of the registered
 * dialects ({@link SqlDialects}) pass; the hints for the others name the reference dialect's form.
 */
public final class JdbcUrls {
    private static final String FORM = "jdbc:postgresql://host:5432/database";
    private static final Pattern POSTGRES_TYPO = Pattern.compile("jdbc:(postgres[a-z]*|pgsql|pg):.*", Pattern.DOTALL);

    private JdbcUrls() {
    }

    /**
     * Fails with {@link ErrorCode#CONFIGURATION} unless the URL is a JDBC URL of a registered dialect,
     * written in a form its driver reads as meant ({@link SqlDialect#requireUsableUrl}); {@code null}
     * or blank passes, for the caller to report as missing.
     */
    public static void requireSupported(String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        String shown = SecretMask.patternsOnly().apply(url);
        Optional<SqlDialect> dialect = SqlDialects.forUrl(url);
        if (dialect.isPresent()) {
            dialect.get().requireUsableUrl(url);
            return;
        }
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The URL " + shown + " is a libpq connection URI;"
                    + " autogen needs a JDBC URL, here " + fromLibpq(url.strip()) + " (with the user in --user and"
                    + " the password in AUTOGEN_PASSWORD). Fix --url.");
        }
        if (POSTGRES_TYPO.matcher(lower).matches()) {
            String rest = url.strip().substring(lower.indexOf(':', 5) + 1);
            throw new AutogenException(ErrorCode.CONFIGURATION, "The URL " + shown + " does not start with"
                    + " jdbc:postgresql:, so no driver accepts it. Write it as "
                    + SecretMask.patternsOnly().apply("jdbc:postgresql:" + rest) + " and fix --url.");
        }
        if (lower.startsWith("jdbc:mysql:")) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The URL " + shown + " names a MySQL database;"
                    + " autogen supports PostgreSQL and MariaDB, not MySQL. For a MariaDB server, write the URL with"
                    + " jdbc:mariadb: (MariaDB Connector/J); otherwise set --url to a PostgreSQL database, " + FORM + ".");
        }
        if (lower.startsWith("jdbc:")) {
            int colon = lower.indexOf(':', 5);
            String kind = colon < 0 ? lower.substring(5) : lower.substring(5, colon);
            throw new AutogenException(ErrorCode.CONFIGURATION, "The URL " + shown + " is for '" + kind
                    + "'; autogen supports " + SqlDialects.supportedNames() + ". Set --url to a database of one of"
                    + " them, such as " + FORM + ".");
        }
        throw new AutogenException(ErrorCode.CONFIGURATION, "The URL " + shown + " is not a JDBC URL. Set --url to"
                + " the form " + FORM + ".");
    }

    private static String fromLibpq(String url) {
        String rest = url.substring(url.indexOf("://") + 3);
        int slash = rest.indexOf('/');
        int at = rest.lastIndexOf('@', slash < 0 ? rest.length() - 1 : slash);
        return "jdbc:postgresql://" + SecretMask.patternsOnly().apply(at < 0 ? rest : rest.substring(at + 1));
    }
}
