package dev.autogen.spring.boot;

import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.testing.TestDatabase;
import dev.autogen.spring.boot.fixture.Shelf;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter against a real PostgreSQL database: migrations before JPA, the switch, the refusals
 * of schema generation and of a second migration tool, and the failure report of a broken migration.
 */
@Tag("postgres")
class AutogenAutoConfigurationTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();
    @RegisterExtension
    static final TestDatabase other = TestDatabase.perClass();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, AutogenAutoConfiguration.class))
            .withUserConfiguration(FixtureApplication.class)
            .withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.user(),
                    "spring.jpa.hibernate.ddl-auto=validate");

    /** Stands for the application class: its package is the auto-configuration package. */
    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Shelf.class)
    static class FixtureApplication {
    }

    @Test
    void migrationsRunBeforeTheEntityManagerFactorySoValidatePassesOnAFreshDatabase() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
                    .contains("autogenMigrationInitializer");
            assertThat(db.column("SELECT revision FROM autogen_history")).containsExactly("20261201_090000");
            var entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
            entityManager.getTransaction().begin();
            entityManager.persist(new Shelf("Poetry"));
            entityManager.getTransaction().commit();
            entityManager.close();
            assertThat(db.column("SELECT display_name FROM shelf")).containsExactly("Poetry");
        });
    }

    @Test
    void theDefaultPackageIsTheApplicationPackageWithMigrations() {
        runner.run(context -> assertThat(AutogenAutoConfiguration.migrationsPackage(
                context.getBean(AutogenProperties.class), context.getBeanFactory()))
                .isEqualTo("dev.autogen.spring.boot.fixture.migrations"));
    }

    @Test
    void autogenManagesTheSchemaOfItsDataSource() {
        runner.run(context -> assertThat(context.getBean(AutogenSchemaManagementProvider.class)
                .getSchemaManagement(context.getBean(DataSource.class))).isEqualTo(SchemaManagement.MANAGED));
    }

    @Test
    void theSettingsReachTheMigrator() {
        runner.withPropertyValues("autogen.history-table=app_migrations", "autogen.lock-timeout=30")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(AutogenProperties.class).getLockTimeout()).hasSeconds(30);
                    assertThat(db.exists("app_migrations")).isTrue();
                    assertThat(db.exists("autogen_history")).isFalse();
                });
    }

    @Test
    void aLockTimeoutThatIsNotPositiveIsRefusedByItsName() {
        runner.withPropertyValues("autogen.lock-timeout=0").run(context -> {
            FailureAnalysis analysis = analysisOf(context);
            assertThat(analysis.getDescription()).contains("autogen.lock-timeout=PT0S is not a positive duration");
            assertThat(analysis.getAction()).contains("Set autogen.lock-timeout to a positive duration");
            assertThat(db.exists("autogen_history")).isFalse();
        });
    }

    @Test
    void disabledItDefinesNothingAndMigratesNothing() {
        runner.withPropertyValues("autogen.enabled=false", "spring.jpa.hibernate.ddl-auto=none").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(Migrator.class);
            assertThat(context).doesNotHaveBean(AutogenMigrationInitializer.class);
            assertThat(db.exists("autogen_history")).isFalse();
        });
    }

    @Test
    void withoutADataSourceItStaysOut() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AutogenAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring.jpa.hibernate.ddl-auto=update", "spring.jpa.hibernate.ddl-auto=create",
            "spring.jpa.hibernate.ddl-auto=create-drop", "spring.jpa.properties.hibernate.hbm2ddl.auto=update",
            "spring.jpa.properties.jakarta.persistence.schema-generation.database.action=drop-and-create",
            "spring.jpa.generate-ddl=true"})
    void schemaGenerationByHibernateIsRefusedBeforeAnythingRuns(String setting) {
        runner.withPropertyValues(setting).run(context -> {
            FailureAnalysis analysis = analysisOf(context);
            assertThat(analysis.getDescription()).contains(setting)
                    .contains("never gets into a migration").contains("Nothing was migrated");
            assertThat(analysis.getAction()).contains("spring.jpa.hibernate.ddl-auto=validate")
                    .contains("autogen.enabled=false");
            assertThat(db.exists("autogen_history")).isFalse();
            assertThat(db.exists("shelf")).isFalse();
        });
    }

    @Test
    void aPackageWithoutMigrationsStartsWithAWarningAndTouchesNothing() {
        runner.withPropertyValues("autogen.migrations-package=dev.autogen.spring.boot.nothing_here",
                "spring.jpa.hibernate.ddl-auto=none").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(db.exists("autogen_history")).isFalse();
                });
    }

    @Test
    void aPackageWithoutMigrationsFailsStartupWhenHibernateValidatesTheSchema() {
        runner.withPropertyValues("autogen.migrations-package=dev.autogen.spring.boot.nothing_here").run(context -> {
            FailureAnalysis analysis = analysisOf(context);
            assertThat(analysis.getDescription()).contains("no migration classes in the package"
                    + " dev.autogen.spring.boot.nothing_here").contains("spring.jpa.hibernate.ddl-auto=validate");
            assertThat(analysis.getAction()).contains("autogen.migrations-package");
            assertThat(db.exists("autogen_history")).isFalse();
        });
    }

    @Test
    void ddlAutoNonePasses() {
        runner.withPropertyValues("spring.jpa.hibernate.ddl-auto=none").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(db.exists("shelf")).isTrue();
        });
    }

    @Test
    void aFailingMigrationStopsStartupWithAutogensMessage() {
        runner.withPropertyValues("autogen.migrations-package=dev.autogen.spring.boot.failing").run(context -> {
            FailureAnalysis analysis = analysisOf(context);
            assertThat(analysis.getDescription()).startsWith("autogen could not migrate the database (migration failed)")
                    .contains("20261201_100000").contains("no_such_table");
            assertThat(analysis.getAction()).contains("autogen history");
            assertThat(db.column("SELECT count(*) FROM autogen_history")).containsExactly("0");
        });
    }

    @Test
    void theDdlLockSettingsBoundTheWaitForABusyTable() throws Exception {
        try (Connection setup = DriverManager.getConnection(db.url(), db.user(), "");
             Connection blocker = DriverManager.getConnection(db.url(), db.user(), "")) {
            setup.createStatement().execute("CREATE TABLE busy_shelf (id bigint PRIMARY KEY)");
            blocker.createStatement().execute("SET application_name = 'long-report'");
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("SELECT count(*) FROM busy_shelf");
            runner.withPropertyValues("autogen.migrations-package=dev.autogen.spring.boot.locking",
                    "autogen.ddl-lock-timeout=100", "autogen.ddl-lock-retries=0",
                    "spring.jpa.hibernate.ddl-auto=none").run(context -> {
                FailureAnalysis analysis = analysisOf(context);
                assertThat(analysis.getDescription()).contains("busy_shelf").contains("long-report");
                assertThat(db.column("SELECT count(*) FROM autogen_history")).containsExactly("0");
            });
            blocker.rollback();
        }
    }

    @Test
    void ddlLockSettingsOutOfRangeAreRefusedByTheirNames() {
        runner.withPropertyValues("autogen.ddl-lock-retries=-1").run(context -> {
            FailureAnalysis analysis = analysisOf(context);
            assertThat(analysis.getDescription()).contains("autogen.ddl-lock-retries=-1 is out of range");
            assertThat(analysis.getAction()).contains("Set autogen.ddl-lock-retries to a count from 0 to 1000");
        });
        runner.withPropertyValues("autogen.ddl-lock-timeout=-5s").run(context ->
                assertThat(analysisOf(context).getDescription()).contains("autogen.ddl-lock-timeout=PT-5S is out of range"));
    }

    @Test
    void flywayOnTheSameDataSourceIsRefusedBeforeEitherMigrates() {
        runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class)).run(context -> {
            FailureAnalysis analysis = analysisOf(context);
            assertThat(analysis.getDescription()).contains("Flyway (bean flyway) and autogen").contains("Neither ran");
            assertThat(analysis.getAction()).contains("spring.flyway.enabled=false").contains("autogen.enabled=false");
            assertThat(db.exists("flyway_schema_history")).isFalse();
            assertThat(db.exists("autogen_history")).isFalse();
        });
    }

    @Test
    void flywayTurnedOffLeavesAutogenAlone() {
        runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
                .withPropertyValues("spring.flyway.enabled=false")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void flywayOnAnotherDatabaseIsNoConflict() {
        runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
                .withPropertyValues("spring.flyway.url=" + other.url(), "spring.flyway.user=" + other.user())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(db.exists("shelf")).isTrue();
                });
    }

    @Test
    void liquibaseOnTheSameDataSourceIsRefusedBeforeEitherMigrates() {
        runner.withConfiguration(AutoConfigurations.of(LiquibaseAutoConfiguration.class)).run(context -> {
            FailureAnalysis analysis = analysisOf(context);
            assertThat(analysis.getDescription()).contains("Liquibase (bean liquibase) and autogen");
            assertThat(analysis.getAction()).contains("spring.liquibase.enabled=false");
            assertThat(db.exists("databasechangelog")).isFalse();
            assertThat(db.exists("autogen_history")).isFalse();
        });
    }

    private static FailureAnalysis analysisOf(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = new AutogenFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).as("autogen's analyzer recognises %s", context.getStartupFailure()).isNotNull();
        return analysis;
    }
}
