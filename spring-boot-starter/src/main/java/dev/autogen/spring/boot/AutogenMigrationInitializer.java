package dev.autogen.spring.boot;

import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.Migrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the pending migrations when it is initialized. Spring Boot's database-initialization
 * ordering ({@link AutogenDatabaseInitializerDetector}) makes JPA's EntityManagerFactory and every
 * other bean that depends on database initialization wait for it.
 */
public class AutogenMigrationInitializer implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(AutogenMigrationInitializer.class);

    private final Migrator migrator;
    private final String migrationsPackage;

    /** An initializer that upgrades through the given migrator to the head revision. */
    public AutogenMigrationInitializer(Migrator migrator, String migrationsPackage) {
        this.migrator = migrator;
        this.migrationsPackage = migrationsPackage;
    }

    @Override
    public void afterPropertiesSet() {
        if (migrator.graph().isEmpty()) {
            LOG.warn("autogen found no migrations in the package {}; set autogen.migrations-package to the package"
                    + " of your migration classes", migrationsPackage);
            return;
        }
        MigrationResult result = migrator.upgrade();
        LOG.info("autogen applied {} migration(s) from {} in {} ms", result.revisions().size(), migrationsPackage,
                result.totalMs());
    }
}
