package dev.autogen.spring.boot;

import org.springframework.core.env.Environment;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Refuses Hibernate settings that let Hibernate change the schema itself. autogen's migrations own
 * the schema: a column that {@code ddl-auto=update} adds is in the database but in no migration,
 * so {@code autogen revision} finds nothing to write and every database built from the migrations
 * lacks it. {@code none} and {@code validate} change nothing and pass.
 */
final class SchemaGenerationCheck {
    /** The settings that ask Hibernate to generate the schema, in the order Spring Boot applies them. */
    private static final List<String> SETTINGS = List.of(
            "spring.jpa.properties.hibernate.hbm2ddl.auto",
            "spring.jpa.hibernate.ddl-auto",
            "spring.jpa.properties.jakarta.persistence.schema-generation.database.action");
    private static final Set<String> UNCHANGING = Set.of("none", "validate");
    private static final String GENERATE_DDL = "spring.jpa.generate-ddl";

    private SchemaGenerationCheck() {
    }

    /** Fails when the environment lets Hibernate create, update or drop the schema. */
    static void requireNoSchemaGeneration(Environment environment) {
        String changing = firstSetting(environment, value -> !UNCHANGING.contains(value));
        if (changing != null) {
            throw refusal(changing, changing.substring(0, changing.indexOf('=')));
        }
        if (environment.getProperty(GENERATE_DDL, Boolean.class, false)) {
            throw refusal(GENERATE_DDL + "=true", GENERATE_DDL);
        }
    }

    /** The setting that has Hibernate validate the schema at startup ({@code setting=validate}), or {@code null}. */
    static String validatingSetting(Environment environment) {
        return firstSetting(environment, "validate"::equals);
    }

    /** The first schema-generation setting whose value (trimmed, lower case) matches, as {@code setting=value}. */
    private static String firstSetting(Environment environment, Predicate<String> matches) {
        for (String setting : SETTINGS) {
            String value = environment.getProperty(setting);
            if (value != null && matches.test(value.trim().toLowerCase(Locale.ROOT))) {
                return setting + "=" + value.trim();
            }
        }
        return null;
    }

    private static AutogenStartupException refusal(String found, String setting) {
        return new AutogenStartupException(found + " lets Hibernate change the schema that autogen's migrations"
                + " own. What Hibernate changes itself never gets into a migration: 'autogen revision' then finds"
                + " no change, and every database built from the migrations lacks it. Nothing was migrated.",
                "Remove " + setting + " (with autogen, Hibernate's schema generation defaults to none), or set"
                        + " spring.jpa.hibernate.ddl-auto=validate to have Hibernate check the schema the migrations"
                        + " built. Put schema changes in a migration with 'autogen revision -m \"...\"'. To let"
                        + " Hibernate manage this database instead, set autogen.enabled=false.");
    }
}
