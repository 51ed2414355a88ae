package dev.autogen.cli.spring;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.deploy.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spring Boot's settings as autogen reads them: files, profiles, placeholders, naming defaults, precedence. */
class SpringBootSettingsTest {
    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private SpringBootSettings read(Map<String, String> environment, String profilesArgument) {
        return SpringBootSettings.read(Settings.load(dir, environment), profilesArgument, environment, Map.of())
                .orElseThrow();
    }

    @Test
    void noApplicationFileIsNoSpringBootProject() {
        assertTrue(SpringBootSettings.read(Settings.load(dir, Map.of()), null, Map.of(), Map.of()).isEmpty());
    }

    @Test
    void readsTheDatasourceAndAppliesSpringBootsDefaultNaming() throws IOException {
        write("src/main/resources/application.properties", """
                spring.datasource.url=jdbc:postgresql://localhost/app
                spring.datasource.username=app
                spring.datasource.password=secret
                spring.jpa.properties.hibernate.default_schema=shop
                spring.jpa.properties.jakarta.persistence.validation.mode=none
                spring.jpa.show-sql=true
                """);
        SpringBootSettings spring = read(Map.of(), null);

        assertEquals("jdbc:postgresql://localhost/app", spring.get("url"));
        assertEquals("app", spring.get("user"));
        assertEquals("secret", spring.password());
        assertEquals(Map.of("hibernate.default_schema", "shop", "jakarta.persistence.validation.mode", "none",
                "hibernate.physical_naming_strategy", SpringBootSettings.DEFAULT_PHYSICAL_STRATEGY,
                "hibernate.implicit_naming_strategy", SpringBootSettings.DEFAULT_IMPLICIT_STRATEGY),
                spring.hibernateSettings());
        assertEquals("Spring Boot settings read from src/main/resources/application.properties (profiles: default)",
                spring.description());
    }

    @Test
    void namingFromSpringJpaHibernateNamingWinsOverJpaPropertiesAsInSpringBoot() throws IOException {
        write("src/main/resources/application.properties", """
                spring.jpa.hibernate.naming.physical-strategy=com.example.Physical
                spring.jpa.properties.hibernate.physical_naming_strategy=com.example.Ignored
                spring.jpa.properties.hibernate.implicit_naming_strategy=com.example.Implicit
                """);
        Map<String, String> hibernate = read(Map.of(), null).hibernateSettings();

        assertEquals("com.example.Physical", hibernate.get("hibernate.physical_naming_strategy"));
        assertEquals("com.example.Implicit", hibernate.get("hibernate.implicit_naming_strategy"));
        assertEquals("spring.jpa.hibernate.naming.physical-strategy in src/main/resources/application.properties",
                read(Map.of(), null).origin("hibernate.physical_naming_strategy"));
    }

    @Test
    void profileFilesOverrideTheBaseFileAndTheLastProfileWins() throws IOException {
        write("src/main/resources/application.properties", """
                spring.profiles.active=dev
                spring.datasource.url=jdbc:postgresql://base/app
                spring.datasource.username=base
                """);
        write("src/main/resources/application-dev.properties", "spring.datasource.url=jdbc:postgresql://dev/app\n");
        write("src/main/resources/application-local.yml", "spring:\n  datasource:\n    url: jdbc:postgresql://local/app\n");

        SpringBootSettings fromFile = read(Map.of(), null);
        assertEquals("jdbc:postgresql://dev/app", fromFile.get("url"));
        assertEquals("base", fromFile.get("user"));
        assertEquals(List.of("dev"), fromFile.profiles());

        assertEquals("jdbc:postgresql://local/app", read(Map.of("SPRING_PROFILES_ACTIVE", "dev,local"), null).get("url"));
        assertEquals("jdbc:postgresql://dev/app", read(Map.of("SPRING_PROFILES_ACTIVE", "local"), "local,dev").get("url"));
        assertEquals("jdbc:postgresql://local/app",
                read(Map.of("AUTOGEN_SPRING_PROFILES", "local"), null).get("url"));
    }

    @Test
    void configFolderWinsOverTheRootAndPropertiesOverYaml() throws IOException {
        write("src/main/resources/application.yml", "spring.datasource:\n  url: jdbc:postgresql://yaml/app\n  username: yaml\n");
        write("src/main/resources/application.properties", "spring.datasource.url=jdbc:postgresql://properties/app\n");
        SpringBootSettings root = read(Map.of(), null);
        assertEquals("jdbc:postgresql://properties/app", root.get("url"));
        assertEquals("yaml", root.get("user"));

        write("src/main/resources/config/application.yaml", "spring.datasource.url: jdbc:postgresql://config/app\n");
        assertEquals("jdbc:postgresql://config/app", read(Map.of(), null).get("url"));
    }

    @Test
    void multiDocumentYamlCountsTheDocumentsOfTheActiveProfiles() throws IOException {
        write("src/main/resources/application.yaml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://base/app
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod | staging
                  datasource:
                    url: jdbc:postgresql://prod/app
                ---
                spring.config.activate.on-profile: "!prod"
                spring.datasource.username: developer
                """);
        SpringBootSettings none = read(Map.of(), null);
        assertEquals("jdbc:postgresql://base/app", none.get("url"));
        assertEquals("developer", none.get("user"));

        SpringBootSettings prod = read(Map.of(), "prod");
        assertEquals("jdbc:postgresql://prod/app", prod.get("url"));
        assertNull(prod.get("user"));
    }

    @Test
    void multiDocumentPropertiesFilesSplitAtTheirSeparator() throws IOException {
        write("src/main/resources/application.properties", """
                spring.datasource.url=jdbc:postgresql://base/app
                #---
                spring.config.activate.on-profile=test
                spring.datasource.url=jdbc:postgresql://test/app
                """);
        assertEquals("jdbc:postgresql://base/app", read(Map.of(), null).get("url"));
        assertEquals("jdbc:postgresql://test/app", read(Map.of(), "test").get("url"));
    }

    @Test
    void placeholdersResolveFromTheEnvironmentTheirDefaultsAndTheFiles() throws IOException {
        write("src/main/resources/application.properties", """
                app.db.host=db.internal
                spring.datasource.url=jdbc:postgresql://${app.db.host}:${DB_PORT:5432}/${DB_NAME}
                spring.datasource.username=${DB_USER:${app.db.host}-user}
                """);
        SpringBootSettings spring = read(Map.of("DB_NAME", "orders"), null);
        assertEquals("jdbc:postgresql://db.internal:5432/orders", spring.get("url"));
        assertEquals("db.internal-user", spring.get("user"));
        assertEquals("jdbc:postgresql://other/app", read(Map.of("DB_NAME", "x", "SPRING_DATASOURCE_URL",
                "jdbc:postgresql://other/app"), null).get("url"));
    }

    @Test
    void anUnresolvablePlaceholderNamesTheFileAndTheKey() throws IOException {
        write("src/main/resources/application.properties", "spring.datasource.url=jdbc:postgresql://${DB_HOST}/app\n");
        AutogenException e = assertThrows(AutogenException.class, () -> read(Map.of(), null).get("url"));

        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertTrue(e.getMessage().contains("spring.datasource.url in src/main/resources/application.properties"),
                e.getMessage());
        assertTrue(e.getMessage().contains("${DB_HOST}"), e.getMessage());
    }

    @Test
    void autogensOwnSettingsWinOverSpringBoots() throws IOException {
        write("src/main/resources/application.properties", """
                spring.datasource.url=jdbc:postgresql://spring/app
                spring.datasource.username=spring
                spring.datasource.password=spring-secret
                spring.jpa.properties.hibernate.default_schema=spring
                """);
        write("autogen.properties", "url=jdbc:postgresql://autogen/app\nhibernate.default_schema=autogen\n");
        Settings base = Settings.load(dir, Map.of("AUTOGEN_USER", "env"));
        Settings settings = base.withLayer(SpringBootSettings.read(base, null, Map.of(), Map.of()).orElseThrow());

        assertEquals("jdbc:postgresql://autogen/app", settings.get("url"));
        assertEquals("env", settings.get("user"));
        assertEquals("spring-secret", settings.storedPassword());
        assertEquals("autogen", settings.hibernateSettings().get("hibernate.default_schema"));
        assertEquals("hibernate.default_schema in autogen.properties", settings.origin("hibernate.default_schema"));
        assertEquals(SpringBootSettings.DEFAULT_IMPLICIT_STRATEGY,
                settings.hibernateSettings().get("hibernate.implicit_naming_strategy"));
    }

    @Test
    void aMalformedProfileExpressionNamesTheFile() throws IOException {
        write("src/main/resources/application.yml", "a: 1\n---\nspring.config.activate.on-profile: \"dev &\"\n");
        AutogenException e = assertThrows(AutogenException.class, () -> read(Map.of(), null));
        assertTrue(e.getMessage().contains("src/main/resources/application.yml"), e.getMessage());
    }
}
