package dev.autogen.spring.boot;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter on a MariaDB DataSource: the dialect comes from the database, or from autogen.dialect. */
@Tag("mariadb")
class AutogenMariaDbAutoConfigurationTest {
    @RegisterExtension
    static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass().emptiedBeforeEach();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AutogenAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.user(),
                    "autogen.migrations-package=dev.autogen.spring.boot.mariadb.migrations");

    @Test
    void aMariaDbDataSourceMigratesAtStartupWithoutNamingADialect() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Migrator.class).dialect().name()).isEqualTo("mariadb");
            assertThat(db.column("SELECT revision FROM autogen_history")).containsExactly("20261202_090000");
            assertThat(db.column("SELECT dialect FROM autogen_history")).containsExactly("mariadb");
            assertThat(db.exists("label")).isTrue();
        });
    }

    @Test
    void autogenDialectNamesTheDialect() {
        runner.withPropertyValues("autogen.dialect=MariaDB").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(db.column("SELECT dialect FROM autogen_history")).containsExactly("mariadb");
        });
    }

    @Test
    void aDialectTheDatabaseContradictsStopsStartupBeforeAnythingRuns() {
        runner.withPropertyValues("autogen.dialect=postgresql").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(AutogenException.class)
                    .hasMessageContaining("postgresql dialect").hasMessageContaining("mariadb database");
            Throwable root = context.getStartupFailure();
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(((AutogenException) root).code()).isEqualTo(ErrorCode.DIALECT_MISMATCH);
            assertThat(db.exists("autogen_history")).isFalse();
        });
    }

    @Test
    void anUnknownDialectIsRefusedNamingTheSupportedOnes() {
        runner.withPropertyValues("autogen.dialect=oracle").run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new AutogenFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("autogen.dialect=oracle");
            assertThat(analysis.getAction()).contains("postgresql").contains("mariadb");
            assertThat(db.exists("autogen_history")).isFalse();
        });
    }
}
