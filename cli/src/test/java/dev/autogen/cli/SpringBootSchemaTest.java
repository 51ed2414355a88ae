package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.SpringBootSchema;
import dev.autogen.database.DatabaseReader;
import dev.autogen.runtime.testing.TestDatabase;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static dev.autogen.cli.Workflow.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The oracle for a Spring Boot app: the schema that autogen's migrations build from the entities and
 * {@code application.properties} alone (no naming set, Hibernate Validator on the class path) equals
 * the one Spring Boot's own Hibernate creates for the same app, join tables, element collections,
 * embeddables and Bean Validation constraints included; and {@code check} is clean against it.
 */
@Tag("mariadb")
@Tag("postgres")
class SpringBootSchemaTest {
    private static final String ENTITIES = "dev.autogen.it.springapp";

    @TempDir
    Path dir;

    private TestDatabase autogen;
    private TestDatabase spring;
    private Path applicationProperties;

    @BeforeEach
    void setUp() throws Exception {
        autogen = TestDatabase.create();
        spring = TestDatabase.create();
        applicationProperties = dir.resolve("src/main/resources/application.properties");
        Files.createDirectories(applicationProperties.getParent());
        Files.writeString(applicationProperties, """
                spring.application.name=petclinic
                spring.datasource.url=${APP_DB_URL}
                spring.datasource.username=postgres
                spring.jpa.open-in-view=false
                """);
        Files.writeString(dir.resolve("autogen.properties"), "entities=" + ENTITIES + "\n");
        Files.createDirectories(dir.resolve("src/main/java/db/migrations"));
    }

    @AfterEach
    void tearDown() throws Exception {
        autogen.close();
        spring.close();
    }

    private Cli cli(TestDatabase database) {
        return new Cli(dir).env("APP_DB_URL", database.url()).env("AUTOGEN_CLASSPATH", Projects.testClasses().toString());
    }

    @Test
    void autogensSchemaEqualsSpringBootsOwnAndCheckIsCleanAgainstIt() throws Exception {
        CliResult revision = cli(autogen).run("revision", "-m", "petclinic");
        assertSuccess(revision);
        assertTrue(revision.out().contains("Spring Boot settings read from src/main/resources/application.properties"
                + " (profiles: default)"), revision.toString());
        assertSuccess(cli(autogen).run("upgrade"));
        SpringBootSchema.create(applicationProperties, "APP_DB_URL=" + spring.url());

        SchemaModel expected = catalog(spring);
        assertEquals(expected, catalog(autogen));
        assertTrue(expected.tables().containsKey("vet_specialties"), expected.tables().keySet().toString());
        assertTrue(expected.tables().containsKey("owner_email_addresses"), expected.tables().keySet().toString());
        assertEquals(List.of("NO"), spring.column("SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'owners' AND column_name = 'first_name'"));

        Path adopt = dir.resolve("adopt");
        Files.createDirectories(adopt.resolve("src/main/java/db/migrations"));
        Files.copy(dir.resolve("autogen.properties"), adopt.resolve("autogen.properties"));
        Files.createDirectories(adopt.resolve("src/main/resources"));
        Files.copy(applicationProperties, adopt.resolve("src/main/resources/application.properties"));
        CliResult check = new Cli(adopt).env("APP_DB_URL", spring.url())
                .env("AUTOGEN_CLASSPATH", Projects.testClasses().toString()).run("check");
        assertEquals(1, check.exitCode(), "no revision records the schema yet: " + check);
        assertTrue(check.out().contains("Its schema already matches the entities."), check.toString());
        assertFalse(check.out().contains("Pending changes"), check.toString());
    }

    @Test
    void withBeanValidationTurnedOffTheDdlIsThePlainMetadata() throws Exception {
        SpringBootSchema.create(applicationProperties, "APP_DB_URL=" + spring.url());
        Files.writeString(applicationProperties, Files.readString(applicationProperties)
                + "spring.jpa.properties.jakarta.persistence.validation.mode=none\n");

        CliResult check = cli(spring).run("check", "--drift=never");

        assertEquals(1, check.exitCode(), check.toString());
        assertTrue(check.out().contains("drop not null") || check.out().toLowerCase().contains("nullable"),
                check.toString());
        assertFalse(check.out().contains("vet_specialties"), check.toString());
    }

    private static SchemaModel catalog(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return new DatabaseReader(List.of()).read(connection);
        }
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
