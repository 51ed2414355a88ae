package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.JdbcUrls;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.dialect.SqlDialect;

import java.util.Locale;

/** Chooses the SQL dialect from {@code --dialect} or, failing that, from the JDBC URL. */
public final class Dialects {
    private Dialects() {
    }

    /**
     * The dialect named by {@code --dialect}, or else the one of the URL, which must be a supported
     * JDBC URL ({@link JdbcUrls#requireSupported}).
     */
    public static SqlDialect choose(String dialect, String url) {
        if (dialect == null) {
            JdbcUrls.requireSupported(url);
        }
        String name = dialect == null ? "postgresql" : dialect.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "postgresql", "postgres", "pgsql" -> new PostgresDialect();
            default -> throw new AutogenException(ErrorCode.CONFIGURATION, "autogen has no SQL dialect for '" + name
                    + "'" + (dialect == null ? " (taken from the URL)" : "") + ". Supported: postgresql.");
        };
    }
}
