package dev.autogen.dialect;

import dev.autogen.database.CatalogReader;
import dev.autogen.diff.ColumnChangeForm;
import dev.autogen.diff.ComparisonRules;
import dev.autogen.entity.NamingRules;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.dialect.SqlDialect;

import java.util.List;
import java.util.Map;

/**
 * Everything autogen needs to know of one database: how to render operations, which Hibernate dialect
 * exports its schema, how to read its catalog, how it stores names and how it compares types and
 * expressions. A dialect is chosen once, by
 * {@link DatabaseDialects}, and the commands ask it rather than testing which database they talk to.
 */
public interface DatabaseDialect {

    /** The name users give in {@code --dialect}, such as {@code postgresql}. */
    String name();

    /** Whether a JDBC URL names a database of this dialect. */
    boolean accepts(String jdbcUrl);

    /** The runtime renderer of operations into this database's SQL. */
    SqlDialect sqlDialect();

    /** The Hibernate dialect class that exports this database's schema unless the user names another. */
    String hibernateDialect();

    /**
     * Whether an explicitly configured Hibernate dialect class is one for this database, so that a setting
     * naming another database's dialect is refused.
     */
    boolean acceptsHibernateDialect(String hibernateDialectClass);

    /**
     * Hibernate settings this database needs beyond the dialect class, such as the server version that
     * Hibernate would otherwise learn from a connection, which the entity reader does not open; the user's
     * own settings take precedence. None by default.
     */
    default Map<String, String> hibernateDefaults() {
        return Map.of();
    }

    /**
     * A reader of the given schemas and the current one, leaving out the history table of the given name;
     * the mask hides the password in the messages of errors.
     */
    CatalogReader catalogReader(List<String> schemas, String historyTable, SecretMask mask);

    /** How this database stores the names Hibernate renders. */
    NamingRules namingRules();

    /** How this database compares the types, defaults and expressions of the two sides of a diff. */
    ComparisonRules comparisonRules();

    /**
     * How the plans for this database write changes to an existing column: by the part that changes
     * ({@link ColumnChangeForm#PARTS}, the default), or carrying the whole column for a database that restates it.
     */
    default ColumnChangeForm columnChangeForm() {
        return ColumnChangeForm.PARTS;
    }
}
