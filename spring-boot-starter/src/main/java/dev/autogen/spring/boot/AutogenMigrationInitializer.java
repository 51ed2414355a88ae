package dev.autogen.spring.boot;

import dev.autogen.runtime.Plural;
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
    private final String validatingSetting;

    /**
     * An initializer that upgrades to the head revision, and that fails when it finds no migration
     * while Hibernate is set to validate the schema ({@code validatingSetting}, such as
     * {@code spring.jpa.hibernate.ddl-auto=validate}; {@code null} when it is not).
     */
    public AutogenMigrationInitializer(Migrator migrator, String migrationsPackage, String validatingSetting) {
        this.migrator = migrator;
        this.migrationsPackage = migrationsPackage;
        this.validatingSetting = validatingSetting;
    }

    @Override
    public void afterPropertiesSet() {
        if (migrator.graph().isEmpty() && validatingSetting != null) {
            throw new AutogenStartupException("autogen found no migration classes in the package " + migrationsPackage
                    + ", while " + validatingSetting + " has Hibernate check that the schema the migrations build"
                    + " holds every entity's table, so startup would fail on missing tables. Nothing was migrated.",
                    "Put the migrations where the starter looks (autogen.properties' migrations-package should be "
                            + migrationsPackage + ", and 'mvn compile autogen:revision -Dautogen.message=\"...\"' writes"
                            + " them there), or set autogen.migrations-package to the package of your migration classes.");
        }
        if (migrator.graph().isEmpty()) {
            LOG.warn("autogen found no migrations in the package {}; set autogen.migrations-package to the package"
                    + " of your migration classes", migrationsPackage);
            return;
        }
        MigrationResult result = migrator.upgrade();
        LOG.info("autogen applied {} from {} in {} ms", Plural.of(result.revisions().size(), "migration"), migrationsPackage,
                result.totalMs());
    }
}
