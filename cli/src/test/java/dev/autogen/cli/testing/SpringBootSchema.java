package dev.autogen.cli.testing;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The oracle for Spring Boot apps: Spring Boot's own Hibernate creates the schema
 * ({@code spring.jpa.hibernate.ddl-auto=create}) for the entities of {@code dev.autogen.it.springapp},
 * reading a project's {@code application.properties} as the app would.
 */
public final class SpringBootSchema {
    private SpringBootSchema() {
    }

    /** A minimal Spring Boot app: auto-configuration only, entities from the test model's package. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @org.springframework.boot.persistence.autoconfigure.EntityScan("dev.autogen.it.springapp")
    static class App {
    }

    /**
     * Starts the app once with its settings file and extra properties, so that Hibernate creates the
     * schema, and stops it again.
     */
    public static void create(Path applicationProperties, String... properties) {
        List<String> all = new ArrayList<>(List.of(properties));
        all.add("spring.config.location=file:" + applicationProperties.toAbsolutePath());
        all.add("spring.jpa.hibernate.ddl-auto=create");
        all.add("spring.main.banner-mode=off");
        all.add("logging.level.root=warn");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.NONE).properties(all.toArray(String[]::new)).run()) {
            context.getId();
        }
    }
}
