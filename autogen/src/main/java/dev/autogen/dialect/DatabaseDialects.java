package dev.autogen.dialect;

import dev.autogen.dialect.mariadb.MariaDbDatabaseDialect;
import dev.autogen.dialect.postgres.PostgresDatabaseDialect;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.JdbcUrls;
import dev.autogen.runtime.SecretMask;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The known dialects, and the choice of one from a JDBC URL or a {@code --dialect} name. With neither,
 * the dialect is PostgreSQL, the embedded default.
 */
public final class DatabaseDialects {
    /** The Hibernate setting that names Hibernate's dialect class. */
    public static final String HIBERNATE_DIALECT = "hibernate.dialect";

    private static final List<DatabaseDialect> KNOWN = List.of(new PostgresDatabaseDialect(), new MariaDbDatabaseDialect());

    private DatabaseDialects() {
    }

    /** Every known dialect, the default first. */
    public static List<DatabaseDialect> all() {
        return KNOWN;
    }

    /** The default dialect, PostgreSQL. */
    public static DatabaseDialect defaultDialect() {
        return KNOWN.get(0);
    }

    /**
     * The dialect of a JDBC URL; a URL no dialect accepts fails as {@link JdbcUrls#requireSupported} reports
     * it, and a blank URL gives the default.
     */
    public static DatabaseDialect forUrl(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return defaultDialect();
        }
        JdbcUrls.requireSupported(jdbcUrl);
        return KNOWN.stream().filter(dialect -> dialect.accepts(jdbcUrl)).findFirst()
                .orElseThrow(() -> new AutogenException(ErrorCode.CONFIGURATION, "The URL "
                        + SecretMask.patternsOnly().apply(jdbcUrl) + " is for a database autogen migrates but does not"
                        + " generate migrations for yet; it generates them for " + KNOWN.stream()
                        .map(DatabaseDialect::name).collect(Collectors.joining(", ")) + ". Point --url at such a"
                        + " database for this command."));
    }

    /** The dialect of a {@code --dialect} name, case ignored; {@code postgres} is taken for {@code postgresql}. */
    public static DatabaseDialect named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        String canonical = wanted.equals("postgres") ? "postgresql" : wanted;
        return KNOWN.stream().filter(dialect -> dialect.name().equals(canonical)).findFirst()
                .orElseThrow(() -> new AutogenException(ErrorCode.CONFIGURATION, "The dialect '" + name
                        + "' is unknown; autogen knows " + KNOWN.stream().map(DatabaseDialect::name)
                        .collect(Collectors.joining(", ")) + ". Fix --dialect."));
    }

    /**
     * The dialect of a {@code --dialect} name when given, else of the URL; both given, they must agree.
     */
    public static DatabaseDialect choose(String dialectName, String jdbcUrl) {
        if (dialectName == null || dialectName.isBlank()) {
            return forUrl(jdbcUrl);
        }
        DatabaseDialect named = named(dialectName);
        if (jdbcUrl != null && !jdbcUrl.isBlank() && !named.accepts(jdbcUrl)) {
            forUrl(jdbcUrl);
            throw new AutogenException(ErrorCode.CONFIGURATION, "--dialect " + named.name()
                    + " does not match the URL's database. Leave out --dialect or fix --url.");
        }
        return named;
    }

    /**
     * The Hibernate settings with Hibernate's dialect chosen by the autogen dialect, unless they name one
     * explicitly, and the dialect's {@link DatabaseDialect#hibernateDefaults} where they set none; an explicit
     * Hibernate dialect for another database is refused.
     */
    public static Map<String, String> hibernateSettings(DatabaseDialect dialect, Map<String, String> settings) {
        String explicit = settings.get(HIBERNATE_DIALECT);
        if (explicit == null || explicit.isBlank()) {
            Map<String, String> chosen = new TreeMap<>(settings);
            chosen.put(HIBERNATE_DIALECT, dialect.hibernateDialect());
            dialect.hibernateDefaults().forEach(chosen::putIfAbsent);
            return chosen;
        }
        if (!dialect.acceptsHibernateDialect(explicit.strip())) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "hibernate.dialect is " + explicit.strip()
                    + ", but the database is " + dialect.name() + ", whose Hibernate dialect is "
                    + dialect.hibernateDialect() + ". Leave hibernate.dialect unset, for autogen chooses it from the"
                    + " database, or set it to a dialect of " + dialect.name() + ".");
        }
        if (dialect.hibernateDefaults().isEmpty()) {
            return settings;
        }
        Map<String, String> completed = new TreeMap<>(settings);
        dialect.hibernateDefaults().forEach(completed::putIfAbsent);
        return completed;
    }
}
