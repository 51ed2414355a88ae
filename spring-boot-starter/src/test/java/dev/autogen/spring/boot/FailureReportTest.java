package dev.autogen.spring.boot;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A real {@link SpringApplication} whose migration fails prints Spring Boot's failure report with
 * autogen's description and action (the analyzer is found through {@code spring.factories}), not a
 * stack trace.
 */
@Tag("postgres")
@ExtendWith(OutputCaptureExtension.class)
class FailureReportTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass();

    /** An application with a DataSource and autogen only. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, AutogenAutoConfiguration.class})
    static class BrokenApplication {
    }

    @Test
    void aFailingMigrationIsReportedAsApplicationFailedToStart(CapturedOutput output) {
        SpringApplication application = new SpringApplication(BrokenApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--autogen.migrations-package=dev.autogen.spring.boot.failing"));

        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
                .contains("Description:").contains("autogen could not migrate the database (migration failed)")
                .contains("20261201_100000").contains("Action:").contains("autogen history")
                .doesNotContain("\tat dev.autogen");
    }
}
