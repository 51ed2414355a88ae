package dev.autogen.dialect.postgres;

import dev.autogen.database.CatalogReader;
import dev.autogen.database.DatabaseReader;
import dev.autogen.dialect.DatabaseDialect;
import dev.autogen.diff.ComparisonRules;
import dev.autogen.entity.EntityModelReader;
import dev.autogen.entity.NamingRules;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.dialect.SqlDialect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** PostgreSQL: today's renderer, catalog reader, naming rules and comparison rules. */
public final class PostgresDatabaseDialect implements DatabaseDialect {
    private static final Pattern WRAPPED = Pattern.compile("jdbc:[a-z0-9]+:postgresql:.*", Pattern.DOTALL);

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        String lower = jdbcUrl.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:postgresql:") || WRAPPED.matcher(lower).matches();
    }

    @Override
    public SqlDialect sqlDialect() {
        return new PostgresDialect();
    }

    @Override
    public String hibernateDialect() {
        return EntityModelReader.DEFAULT_DIALECT;
    }

    @Override
    public boolean acceptsHibernateDialect(String hibernateDialectClass) {
        String simple = hibernateDialectClass.substring(hibernateDialectClass.lastIndexOf('.') + 1);
        return simple.toLowerCase(Locale.ROOT).contains("postgres");
    }

    @Override
    public CatalogReader catalogReader(List<String> schemas, String historyTable, SecretMask mask) {
        return new DatabaseReader(schemas, historyTable, mask);
    }

    @Override
    public NamingRules namingRules() {
        return NamingRules.postgres();
    }

    @Override
    public ComparisonRules comparisonRules() {
        return PostgresComparisonRules.INSTANCE;
    }
}
