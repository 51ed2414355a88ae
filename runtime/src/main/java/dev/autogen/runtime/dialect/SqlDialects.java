package dev.autogen.runtime.dialect;

import dev.autogen.runtime.dialect.mariadb.MariaDbDialect;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The dialects the runtime knows, and the choice of one by name or JDBC URL. Each dialect says its
 * own {@linkplain SqlDialect#name() name}, {@linkplain SqlDialect#aliases() aliases} and
 * {@linkplain SqlDialect#jdbcUrlPrefixes() URL prefixes}; adding a dialect is one line in
 * {@link #REGISTERED}. The first is the reference dialect, PostgreSQL, the default when neither a name
 * nor a URL says otherwise.
 */
public final class SqlDialects {
    private static final List<Supplier<SqlDialect>> REGISTERED = List.of(
            PostgresDialect::new,
            MariaDbDialect::new);

    private SqlDialects() {
    }

    /** A new instance of every registered dialect, the reference dialect first. */
    public static List<SqlDialect> all() {
        return REGISTERED.stream().map(Supplier::get).toList();
    }

    /** The reference dialect, PostgreSQL: the default. */
    public static SqlDialect reference() {
        return REGISTERED.get(0).get();
    }

    /** The dialect of this name or alias, case and surrounding blanks ignored. */
    public static Optional<SqlDialect> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(dialect -> dialect.name().equals(wanted) || dialect.aliases().contains(wanted))
                .findFirst();
    }

    /** The dialect whose driver takes this JDBC URL, directly or wrapped ({@code jdbc:p6spy:postgresql:…}). */
    public static Optional<SqlDialect> forUrl(String url) {
        return url == null ? Optional.empty() : all().stream().filter(dialect -> accepts(dialect, url)).findFirst();
    }

    /**
     * Whether the URL is for the dialect's database: it starts with one of the dialect's prefixes, or
     * with {@code jdbc:WRAPPER:} and then the prefix without its {@code jdbc:}, as a proxy driver's do.
     */
    public static boolean accepts(SqlDialect dialect, String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        for (String prefix : dialect.jdbcUrlPrefixes()) {
            if (lower.startsWith(prefix)) {
                return true;
            }
            int wrapper = lower.indexOf(':', "jdbc:".length());
            if (lower.startsWith("jdbc:") && wrapper > "jdbc:".length()
                    && lower.substring("jdbc:".length(), wrapper).matches("[a-z0-9]+")
                    && lower.startsWith(prefix.substring("jdbc:".length()), wrapper + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The names users may give, for messages: {@code postgresql (or postgres, pgsql)}. */
    public static String supportedNames() {
        return all().stream().map(dialect -> dialect.name() + (dialect.aliases().isEmpty() ? ""
                : " (or " + String.join(", ", dialect.aliases()) + ")")).collect(Collectors.joining(", "));
    }
}
