package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.dialect.SqlDialect;

import java.util.Locale;

/** Chooses the SQL dialect from {@code --dialect} or, failing that, from the JDBC URL. */
public final class Dialects {
    private Dialects() {
    }

    public static SqlDialect choose(String dialect, String url) {
        String name = dialect != null ? dialect.toLowerCase(Locale.ROOT)
                : url == null || url.isBlank() ? "postgresql"
                : url.startsWith("jdbc:") ? url.substring(5, Math.max(5, url.indexOf(':', 5))) : url;
        return switch (name) {
            case "postgresql", "postgres", "pgsql" -> new PostgresDialect();
            default -> throw new AutogenException(ErrorCode.CONFIGURATION, "autogen has no SQL dialect for '" + name
                    + "'" + (dialect == null ? " (taken from the URL)" : "") + ". Supported: postgresql.");
        };
    }
}
