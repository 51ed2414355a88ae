package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.JdbcUrls;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.dialect.SqlDialects;

/**
 * Chooses the SQL dialect from {@code --dialect} or, failing that, from the JDBC URL, among the
 * registered dialects ({@link SqlDialects}); with neither, the reference dialect, PostgreSQL.
 */
public final class Dialects {
    private Dialects() {
    }

    /**
     * The dialect named by {@code --dialect} (its name or an alias, case ignored), or else the one of
     * the URL, which must be a supported JDBC URL ({@link JdbcUrls#requireSupported}).
     */
    public static SqlDialect choose(String dialect, String url) {
        if (dialect != null) {
            return SqlDialects.named(dialect).orElseThrow(() -> new AutogenException(ErrorCode.CONFIGURATION,
                    "autogen has no SQL dialect for '" + dialect + "'. Supported: " + SqlDialects.supportedNames()
                            + ". Fix --dialect, or leave it out to take the dialect from --url."));
        }
        JdbcUrls.requireSupported(url);
        return SqlDialects.forUrl(url).orElseGet(SqlDialects::reference);
    }
}
