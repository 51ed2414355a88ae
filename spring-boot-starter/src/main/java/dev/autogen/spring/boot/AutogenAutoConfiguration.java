package dev.autogen.spring.boot;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.dialect.SqlDialects;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Applies autogen's migrations at startup. With a single DataSource (or a primary one) it defines a
 * {@link Migrator} from the {@code autogen.*} settings and an {@link AutogenMigrationInitializer}
 * that upgrades to the head before JPA's EntityManagerFactory starts, the way Spring Boot orders
 * Flyway: the initializer is a detected database initializer, and Spring Boot makes the beans that
 * depend on database initialization wait for it. Before migrating it refuses a Hibernate
 * {@code ddl-auto} that changes the schema and a Flyway or Liquibase set up on the same DataSource.
 *
 * <p>The DataSource auto-configuration is named by both its Spring Boot 4 and Spring Boot 3 class
 * names, so the ordering holds on either.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@ConditionalOnClass(value = Migrator.class,
        name = "org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer")
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "autogen.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AutogenProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class AutogenAutoConfiguration {
    /** The package searched when {@code autogen.migrations-package} is not set and no application package is known. */
    static final String FALLBACK_PACKAGE = "db.migrations";

    /** The migrator of the application's DataSource. */
    @Bean
    @ConditionalOnMissingBean
    public Migrator autogenMigrator(DataSource dataSource, AutogenProperties properties, BeanFactory beanFactory) {
        Migrator.Builder builder = Migrator.configure()
                .dataSource(dataSource)
                .migrationsPackage(migrationsPackage(properties, beanFactory), beanClassLoader(beanFactory))
                .historyTable(properties.getHistoryTable())
                .lockTimeout(positiveLockTimeout(properties));
        if (properties.getDdlLockTimeout() != null) {
            setting("autogen.ddl-lock-timeout", properties.getDdlLockTimeout(), "a duration such as 500ms or 2s,"
                    + " or 0 to turn the bound off", () -> builder.ddlLockTimeout(properties.getDdlLockTimeout()));
        }
        if (properties.getDdlLockRetries() != null) {
            setting("autogen.ddl-lock-retries", properties.getDdlLockRetries(), "a count from 0 to 1000, such as 5",
                    () -> builder.ddlLockRetries(properties.getDdlLockRetries()));
        }
        String dialect = properties.getDialect();
        if (dialect != null && !dialect.isBlank()) {
            try {
                builder.dialect(dialect);
            } catch (AutogenException e) {
                throw new AutogenStartupException("autogen.dialect=" + dialect + " names no dialect autogen knows."
                        + " Nothing was migrated.", "Set autogen.dialect to one of " + SqlDialects.supportedNames()
                        + ", or remove it to take the dialect from the DataSource.");
            }
        }
        return builder.load();
    }

    private static void setting(String property, Object value, String expected, Runnable apply) {
        try {
            apply.run();
        } catch (AutogenException e) {
            throw new AutogenStartupException(property + "=" + value + " is out of range. Nothing was migrated.",
                    "Set " + property + " to " + expected + ", or remove it for the default.");
        }
    }

    private static Duration positiveLockTimeout(AutogenProperties properties) {
        Duration timeout = properties.getLockTimeout();
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new AutogenStartupException("autogen.lock-timeout=" + timeout + " is not a positive duration, so"
                    + " no instance could wait for another's migration lock. Nothing was migrated.",
                    "Set autogen.lock-timeout to a positive duration, such as 30 (seconds) or 2m, or remove it for"
                            + " the default of two minutes.");
        }
        return timeout;
    }

    /** Applies the pending migrations, after refusing settings that would fight over the schema. */
    @Bean
    @ConditionalOnMissingBean
    public AutogenMigrationInitializer autogenMigrationInitializer(Migrator migrator, AutogenProperties properties,
                                                                   ConfigurableListableBeanFactory beanFactory,
                                                                   Environment environment) {
        SchemaGenerationCheck.requireNoSchemaGeneration(environment);
        MigrationToolConflicts.requireNoOtherTool(beanFactory, environment);
        return new AutogenMigrationInitializer(migrator, migrationsPackage(properties, beanFactory),
                SchemaGenerationCheck.validatingSetting(environment));
    }

    /** Makes Hibernate's {@code ddl-auto} default to {@code none} on autogen's DataSource. */
    @Bean
    AutogenSchemaManagementProvider autogenSchemaManagementProvider(DataSource dataSource) {
        return new AutogenSchemaManagementProvider(dataSource);
    }

    /**
     * {@code autogen.migrations-package}, or else the package of the {@code @SpringBootApplication}
     * class (the first auto-configuration package) followed by {@code .migrations}.
     */
    static String migrationsPackage(AutogenProperties properties, BeanFactory beanFactory) {
        String configured = properties.getMigrationsPackage();
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        if (AutoConfigurationPackages.has(beanFactory)) {
            return AutoConfigurationPackages.get(beanFactory).get(0) + ".migrations";
        }
        return FALLBACK_PACKAGE;
    }

    private static ClassLoader beanClassLoader(BeanFactory beanFactory) {
        if (beanFactory instanceof ConfigurableListableBeanFactory configurable
                && configurable.getBeanClassLoader() != null) {
            return configurable.getBeanClassLoader();
        }
        return Thread.currentThread().getContextClassLoader();
    }
}
