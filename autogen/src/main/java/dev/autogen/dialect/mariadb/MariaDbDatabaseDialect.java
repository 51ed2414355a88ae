package dev.autogen.dialect.mariadb;

import dev.autogen.database.CatalogReader;
import dev.autogen.dialect.DatabaseDialect;
import dev.autogen.diff.ColumnChangeForm;
import dev.autogen.diff.ComparisonRules;
import dev.autogen.entity.NamingRules;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.dialect.mariadb.MariaDbDialect;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MariaDB (10.5 and later, tested on 10.11): URLs {@code jdbc:mariadb:}, Hibernate's
 * {@code MariaDBDialect} or a subclass of it, the {@code information_schema} reader and MariaDB's naming
 * rules. {@code jdbc:mysql:} URLs are not accepted: nothing here was tested on MySQL.
 */
public final class MariaDbDatabaseDialect implements DatabaseDialect {
    /** Hibernate's dialect class for MariaDB. */
    public static final String HIBERNATE_DIALECT = "org.hibernate.dialect.MariaDBDialect";

    private static final Map<String, String> VERSION = Map.of(
            "jakarta.persistence.database-product-name", "MariaDB",
            "jakarta.persistence.database-product-version", "10.11",
            "jakarta.persistence.database-major-version", "10",
            "jakarta.persistence.database-minor-version", "11");

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:mariadb:");
    }

    /** The runtime's MariaDB renderer. */
    @Override
    public SqlDialect sqlDialect() {
        return new MariaDbDialect();
    }

    /** MariaDB changes a column by {@code MODIFY COLUMN}, which restates the whole column. */
    @Override
    public ColumnChangeForm columnChangeForm() {
        return ColumnChangeForm.WHOLE_COLUMN;
    }

    @Override
    public String hibernateDialect() {
        return HIBERNATE_DIALECT;
    }

    /**
     * The server version Hibernate assumes without a connection: MariaDB 10.11, the version this support is
     * tested on, so that {@code UUID} is the native {@code uuid} type (10.7+) as Hibernate maps it on a
     * connection to such a server; set {@code jakarta.persistence.database-major-version} and
     * {@code -minor-version} in the Hibernate settings for another.
     */
    @Override
    public Map<String, String> hibernateDefaults() {
        return VERSION;
    }

    /** Hibernate's {@code MariaDBDialect} or a class that extends it, when it can be loaded; else by name. */
    @Override
    public boolean acceptsHibernateDialect(String hibernateDialectClass) {
        String name = hibernateDialectClass.strip();
        if (name.equals(HIBERNATE_DIALECT) || name.equals("MariaDB") || name.equals("MariaDBDialect")) {
            return true;
        }
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> base = Class.forName(HIBERNATE_DIALECT, false, MariaDbDatabaseDialect.class.getClassLoader());
            return base.isAssignableFrom(Class.forName(name, false,
                    loader != null ? loader : MariaDbDatabaseDialect.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            return simple.toLowerCase(Locale.ROOT).contains("mariadb");
        }
    }

    @Override
    public CatalogReader catalogReader(List<String> schemas, String historyTable, SecretMask mask) {
        return new MariaDbCatalogReader(schemas, historyTable, mask);
    }

    @Override
    public NamingRules namingRules() {
        return MariaDbNamingRules.INSTANCE;
    }

    @Override
    public ComparisonRules comparisonRules() {
        return MariaDbComparisonRules.INSTANCE;
    }
}
