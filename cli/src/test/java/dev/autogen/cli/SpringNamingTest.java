package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.entity.EntityModelReader;
import dev.autogen.entity.SpringBootImplicitNamingStrategy;
import dev.autogen.runtime.deploy.Settings;
import dev.autogen.schema.SchemaModel;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spring Boot's naming: autogen's own implicit strategy names everything as Spring Boot's
 * {@code SpringImplicitNamingStrategy} does, it stands in for Spring's class when that is not on the
 * entity class path, and a configured strategy class that cannot be loaded is named in the error.
 */
@Tag("mariadb")
@Tag("postgres")
class SpringNamingTest {
    private static final List<String> MODELS = List.of("dev.autogen.it.springapp", "dev.autogen.it.shop.v3",
            "dev.autogen.it.corpus.many_to_many.v2", "dev.autogen.it.corpus.embeddable.v2");

    @TempDir
    Path dir;

    private static SchemaModel read(String entities, Class<?> implicitStrategy) {
        return new EntityModelReader(SpringNamingTest.class.getClassLoader(), List.of(entities), Map.of(
                "hibernate.physical_naming_strategy", PhysicalNamingStrategySnakeCaseImpl.class.getName(),
                "hibernate.implicit_naming_strategy", implicitStrategy.getName()), "test classpath").read();
    }

    @Test
    void autogensImplicitStrategyNamesAsSpringBootsDoes() {
        for (String entities : MODELS) {
            assertEquals(read(entities, SpringImplicitNamingStrategy.class),
                    read(entities, SpringBootImplicitNamingStrategy.class), entities);
        }
    }

    @Test
    void joinTablesAreNamedAfterTheOwningTableAndAttributeNotAfterBothEntities() {
        SchemaModel spring = read("dev.autogen.it.springapp", SpringBootImplicitNamingStrategy.class);
        SchemaModel jpa = read("dev.autogen.it.springapp",
                org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl.class);

        assertTrue(spring.tables().containsKey("vet_specialties"), spring.tables().keySet().toString());
        assertTrue(jpa.tables().containsKey("vet_specialty"), jpa.tables().keySet().toString());
        assertNotEquals(spring, jpa);
    }

    @Test
    void springsImplicitStrategyIsReplacedWhenItIsNotOnTheEntityClassPath() {
        Settings settings = Settings.load(dir, Map.of());
        ClassLoader withoutSpring = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("org.springframework.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        Map<String, String> configured = Map.of(
                "hibernate.implicit_naming_strategy", "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
                "hibernate.physical_naming_strategy", PhysicalNamingStrategySnakeCaseImpl.class.getName());

        Map<String, String> resolved = NamingStrategyClasses.resolve(configured, withoutSpring, settings, "x");
        Map<String, String> kept = NamingStrategyClasses.resolve(configured, getClass().getClassLoader(), settings, "x");

        assertEquals(SpringBootImplicitNamingStrategy.class.getName(), resolved.get("hibernate.implicit_naming_strategy"));
        assertEquals(configured, kept);
    }

    @Test
    void aStrategyClassThatCannotBeLoadedIsNamedWithTheSettingItCameFrom() throws IOException {
        Path properties = dir.resolve("src/main/resources/application.properties");
        Files.createDirectories(properties.getParent());
        Files.writeString(properties, "spring.jpa.hibernate.naming.physical-strategy=com.example.naming.MissingStrategy\n");
        Files.createDirectories(dir.resolve("src/main/java/db/migrations"));

        CliResult result = new Cli(dir).env("AUTOGEN_CLASSPATH", Projects.testClasses().toString())
                .env("AUTOGEN_ENTITIES", "dev.autogen.it.springapp").run("check", "--shadow");

        assertEquals(3, result.exitCode(), result.toString());
        assertTrue(result.err().contains("com.example.naming.MissingStrategy"), result.toString());
        assertTrue(result.err().contains(
                "spring.jpa.hibernate.naming.physical-strategy in src/main/resources/application.properties"),
                result.toString());
        assertTrue(result.err().contains("--classpath"), result.toString());
        assertFalse(result.err().contains("Fix the mapping"), result.toString());
    }

    @Test
    void anImplicitStrategyInAutogenPropertiesIsNamedWithItsFile() throws IOException {
        Files.writeString(dir.resolve("autogen.properties"),
                "hibernate.implicit_naming_strategy=com.example.naming.Gone\n");
        Files.createDirectories(dir.resolve("src/main/java/db/migrations"));

        CliResult result = new Cli(dir).env("AUTOGEN_CLASSPATH", Projects.testClasses().toString())
                .env("AUTOGEN_ENTITIES", "dev.autogen.it.springapp").run("check", "--shadow");

        assertEquals(3, result.exitCode(), result.toString());
        assertTrue(result.err().contains("com.example.naming.Gone, set by hibernate.implicit_naming_strategy in"
                + " autogen.properties"), result.toString());
    }
}
