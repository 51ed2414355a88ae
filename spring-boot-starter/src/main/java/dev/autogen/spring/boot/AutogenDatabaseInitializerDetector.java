package dev.autogen.spring.boot;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

import java.util.Set;

/**
 * Tells Spring Boot that {@link AutogenMigrationInitializer} initializes the database, so that
 * JPA's EntityManagerFactory, JDBC templates and the other beans that depend on database
 * initialization are created after it. Registered in {@code META-INF/spring.factories}.
 *
 * <p>Its order comes before Flyway's and Liquibase's detectors (order 0), so that when either is
 * set up on the same DataSource, autogen's refusal comes before they migrate anything; Spring's
 * SQL scripts ({@code spring.sql.init}) run after the migrations.
 */
public final class AutogenDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(AutogenMigrationInitializer.class);
    }

    @Override
    public int getOrder() {
        return -100;
    }
}
