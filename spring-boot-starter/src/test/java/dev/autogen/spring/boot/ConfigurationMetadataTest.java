package dev.autogen.spring.boot;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's jar carries what Spring Boot and IDEs read: the configuration metadata of the
 * {@code autogen.*} keys, the auto-configuration imports and the {@code spring.factories} entries.
 */
class ConfigurationMetadataTest {
    @Test
    void theConfigurationMetadataDescribesEveryKey() throws IOException {
        JsonNode metadata = JsonMapper.builder().build().readTree(resource("META-INF/spring-configuration-metadata.json"));

        List<String> names = new ArrayList<>();
        metadata.get("properties").forEach(property -> {
            names.add(property.get("name").asString());
            assertThat(property.get("description")).as("description of %s", property.get("name")).isNotNull();
        });
        assertThat(names).contains("autogen.enabled", "autogen.migrations-package", "autogen.history-table",
                "autogen.lock-timeout", "autogen.ddl-lock-timeout", "autogen.ddl-lock-retries", "autogen.dialect");
    }

    @Test
    void autoConfigurationsAndFactoriesAreRegistered() throws IOException {
        assertThat(resource("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))
                .contains(AutogenAutoConfiguration.class.getName())
                .contains("dev.autogen.spring.boot.actuate.AutogenEndpointAutoConfiguration");
        assertThat(resource("META-INF/spring.factories"))
                .contains(AutogenDatabaseInitializerDetector.class.getName())
                .contains(AutogenFailureAnalyzer.class.getName());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
