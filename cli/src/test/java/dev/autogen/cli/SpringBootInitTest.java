package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code init} in a Spring Boot project writes only what differs from Spring Boot's settings and says
 * which files autogen reads; {@code --spring-profiles} picks the profile files, and an unresolvable
 * placeholder fails the command that needs it with the file and key.
 */
class SpringBootInitTest {
    @TempDir
    Path dir;

    private void application(String name, String text) throws IOException {
        Path file = dir.resolve("src/main/resources/" + name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Properties written() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(dir.resolve("autogen.properties"))));
        return properties;
    }

    @Test
    void initCopiesNothingThatSpringBootAlreadySays() throws IOException {
        application("application.properties", """
                spring.datasource.url=jdbc:postgresql://localhost:5432/petclinic
                spring.datasource.username=petclinic
                """);

        CliResult result = new Cli(dir).run("init", "--entities", "com.example.petclinic");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("Spring Boot settings read from src/main/resources/application.properties"),
                result.toString());
        String text = Files.readString(dir.resolve("autogen.properties"));
        assertTrue(text.contains("# Spring Boot settings read from src/main/resources/application.properties"), text);
        assertNull(written().getProperty("url"), text);
        assertNull(written().getProperty("user"), text);
        assertFalse(text.contains("petclinic\n") && text.contains("user=petclinic"), text);
        assertEquals("com.example.petclinic", written().getProperty("entities"));
    }

    private void applicationClass(String packageName) throws IOException {
        Path file = dir.resolve("src/main/java/" + packageName.replace('.', '/') + "/ShopApplication.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package " + packageName + ";\n\n"
                + "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
                + "@SpringBootApplication\npublic class ShopApplication {\n}\n");
    }

    @Test
    void initPutsEntitiesAndMigrationsWhereTheStarterLooks() throws IOException {
        application("application.properties", "spring.datasource.url=jdbc:postgresql://localhost:5432/shop\n");
        applicationClass("com.example.shop");

        CliResult result = new Cli(dir).run("init");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("com.example.shop", written().getProperty("entities"));
        assertEquals("com.example.shop.migrations", written().getProperty("migrations-package"));
        assertEquals("src/main/java/com/example/shop/migrations", written().getProperty("migrations-dir"));
        assertTrue(Files.isDirectory(dir.resolve("src/main/java/com/example/shop/migrations")));
        assertFalse(Files.exists(dir.resolve("src/main/java/db")), result.toString());
        assertTrue(result.out().contains("(package com.example.shop.migrations)"), result.toString());
    }

    @Test
    void initKeepsTheMigrationsPackageAndEntitiesGiven() throws IOException {
        application("application.properties", "spring.datasource.url=jdbc:postgresql://localhost:5432/shop\n");
        applicationClass("com.example.shop");

        CliResult result = new Cli(dir).run("init", "--entities", "com.example.shop.model",
                "--migrations-dir", "src/main/java/db/migrations", "--migrations-package", "db.migrations");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("com.example.shop.model", written().getProperty("entities"));
        assertEquals("db.migrations", written().getProperty("migrations-package"));
    }

    @Test
    void initWritesAUrlThatDiffersFromSpringBoots() throws IOException {
        application("application.properties", "spring.datasource.url=jdbc:postgresql://localhost:5432/petclinic\n");

        CliResult result = new Cli(dir).run("init", "--url", "jdbc:postgresql://localhost:5432/autogen_dev");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("jdbc:postgresql://localhost:5432/autogen_dev", written().getProperty("url"));
    }

    @Test
    void withoutSpringBootTheTemplateIsAsBefore() throws IOException {
        assertEquals(0, new Cli(dir).run("init").exitCode());
        String text = Files.readString(dir.resolve("autogen.properties"));
        assertFalse(text.contains("Spring Boot"), text);
        assertTrue(text.contains("# hibernate.physical_naming_strategy="), text);
    }

    @Test
    void theProfilesOptionPicksTheProfileFiles() throws IOException {
        application("application.properties", "spring.datasource.url=jdbc:postgresql://localhost/base\n");
        application("application-ci.yml", "spring.datasource.url: jdbc:postgresql://localhost/ci\n");

        CliResult result = new Cli(dir).run("init", "--spring-profiles", "ci");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("src/main/resources/application.properties,"
                + " src/main/resources/application-ci.yml (profiles: ci, from --spring-profiles)"), result.toString());
    }

    @Test
    void anUnresolvablePlaceholderFailsTheCommandWithTheFileAndKey() throws IOException {
        application("application.yml", "spring:\n  datasource:\n    url: ${DATABASE_URL}\n");
        Files.createDirectories(dir.resolve("src/main/java/db/migrations"));

        CliResult result = new Cli(dir).run("current");

        assertEquals(3, result.exitCode(), result.toString());
        assertTrue(result.err().contains("spring.datasource.url in src/main/resources/application.yml"), result.toString());
        assertTrue(result.err().contains("${DATABASE_URL}"), result.toString());
        assertEquals(0, new Cli(dir).run("current", "--help").exitCode());
        CliResult overridden = new Cli(dir).run("current", "--url", "jdbc:postgresql://127.0.0.1:1/none");
        assertFalse(overridden.err().contains("DATABASE_URL"), overridden.toString());
    }
}
