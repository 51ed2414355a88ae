package dev.autogen.spring.boot.actuate;

import dev.autogen.runtime.testing.TestDatabase;
import dev.autogen.spring.boot.AutogenAutoConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code autogen} actuator endpoint reports the revisions, the heads and the checksum status. */
@Tag("postgres")
class AutogenEndpointTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AutogenAutoConfiguration.class,
                    EndpointAutoConfiguration.class, AutogenEndpointAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.user(),
                    "autogen.migrations-package=dev.autogen.spring.boot.fixture.migrations",
                    "management.endpoints.web.exposure.include=autogen");

    @Test
    void theEndpointListsAppliedRevisionsHeadsAndMatchingChecksums() {
        runner.run(context -> {
            JsonNode json = json(context.getBean(AutogenEndpoint.class).migrations());

            assertThat(json.get("heads").toString()).isEqualTo("[\"20261201_090000\"]");
            assertThat(json.get("current").toString()).isEqualTo("[\"20261201_090000\"]");
            assertThat(json.get("pending").toString()).isEqualTo("[]");
            assertThat(json.get("checksumsMatch").asBoolean()).isTrue();
            JsonNode revision = json.get("revisions").get(0);
            assertThat(revision.get("id").asString()).isEqualTo("20261201_090000");
            assertThat(revision.get("message").asString()).isEqualTo("create shelf");
            assertThat(revision.get("state").asString()).isEqualTo("applied");
            assertThat(revision.get("checksum").asString()).isEqualTo("matches");
            assertThat(revision.get("head").asBoolean()).isTrue();
            assertThat(revision.get("appliedBy").asString()).isEqualTo(db.user());
            assertThat(json.get("error").isNull()).isTrue();
        });
    }

    @Test
    void anEditedMigrationShowsAsEditedAndAnUnappliedOneAsPending() {
        runner.run(context -> {
            AutogenEndpoint endpoint = context.getBean(AutogenEndpoint.class);
            db.execute("UPDATE autogen_history SET checksum = 'sql1:0000'");
            JsonNode edited = json(endpoint.migrations());
            assertThat(edited.get("checksumsMatch").asBoolean()).isFalse();
            assertThat(edited.get("revisions").get(0).get("checksum").asString()).isEqualTo("edited");

            db.execute("DELETE FROM autogen_history");
            JsonNode pending = json(endpoint.migrations());
            assertThat(pending.get("pending").toString()).isEqualTo("[\"20261201_090000\"]");
            assertThat(pending.get("current").toString()).isEqualTo("[]");
            assertThat(pending.get("revisions").get(0).get("state").asString()).isEqualTo("pending");
            assertThat(pending.get("revisions").get(0).get("checksum").isNull()).isTrue();
        });
    }

    @Test
    void withoutAutogenThereIsNoEndpoint() {
        runner.withPropertyValues("autogen.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(AutogenEndpoint.class));
    }

    @Test
    void aHistoryThatDisagreesIsReportedAsAnError() {
        runner.run(context -> {
            db.execute("UPDATE autogen_history SET revision = 'gone'");
            JsonNode json = json(context.getBean(AutogenEndpoint.class).migrations());
            assertThat(json.get("error").asString()).contains("gone").contains("no migration declares it");
        });
    }

    private static JsonNode json(Object descriptor) {
        JsonMapper mapper = JsonMapper.builder().build();
        return mapper.readTree(mapper.writeValueAsString(descriptor));
    }
}
