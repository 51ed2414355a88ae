package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.it.hostile.names.Apfel;
import dev.autogen.it.hostile.names.Dotted;
import dev.autogen.it.hostile.names.Greeting;
import dev.autogen.it.hostile.names.Setting;
import dev.autogen.runtime.testing.TestDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.autogen.cli.Workflow.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names as PostgreSQL and Hibernate make them, end to end on real PostgreSQL: non-ASCII unquoted
 * names, doubled quotes, dots inside quoted names and a user table named like autogen's own go
 * through revision, upgrade, a second revision that finds nothing, Hibernate's validation and its
 * own queries, and downgrade; a name longer than PostgreSQL keeps is refused before anything is written.
 */
@Tag("mariadb")
@Tag("postgres")
class HostileNamesTest {
    private static final String NAMES = "dev.autogen.it.hostile.names";
    private static final String LONG_NAME = "dev.autogen.it.hostile.longname";

    private static TestDatabase database;

    @BeforeAll
    static void createDatabase() throws Exception {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void hostileNamesRoundTripAndHibernatesOwnQueriesWork(@TempDir Path dir) throws Exception {
        database.reset();
        Workflow workflow = new Workflow(dir, database);
        workflow.revision(NAMES, "hostile names");
        String migration = workflow.lastMigration();
        assertTrue(migration.contains("op.createTable(\"\\\"a.b\\\"\"") && migration.contains("\"say \\\"hi\\\"\""),
                migration);
        workflow.upgradeAndVerify(NAMES);

        CliResult again = workflow.cli().run("revision", "-m", "again", "--entities", NAMES);
        assertSuccess(again);
        assertTrue(again.out().startsWith("No changes"), again.toString());
        assertEquals(1, workflow.migrationFiles().size());
        assertEquals(List.of("a.b", "autogen_history", "autogen_settings", "say \"hi\"", "Äpfel"),
                database.column("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename COLLATE \"C\""));

        try (SessionFactory validating = sessionFactory(Dotted.class, Setting.class)) {
            validating.getSchemaManager().validateMappedObjects();
        }
        try (SessionFactory hibernate = sessionFactory(Apfel.class, Dotted.class, Greeting.class, Setting.class)) {
            hibernate.inTransaction(session -> {
                Apfel apfel = new Apfel();
                apfel.id = 1L;
                apfel.size = "groß";
                Dotted dotted = new Dotted();
                dotted.id = 2L;
                dotted.label = "first";
                Greeting greeting = new Greeting();
                greeting.text = "hello";
                greeting.dotted = dotted;
                Setting setting = new Setting();
                setting.name = "mode";
                setting.setting = "dark";
                session.persist(apfel);
                session.persist(dotted);
                session.persist(greeting);
                session.persist(setting);
            });
            hibernate.inSession(session -> {
                assertEquals("groß", session.find(Apfel.class, 1L).size);
                assertEquals("first", session.createSelectionQuery("select g.dotted.label from Greeting g"
                        + " where g.text = 'hello'", String.class).getSingleResult());
                assertEquals("dark", session.find(Setting.class, "mode").setting);
            });
        }
        assertEquals(List.of("hello"), database.column("SELECT \"a\"\"b\" FROM \"say \"\"hi\"\"\""));

        assertSuccess(workflow.cli().run("downgrade", "base"));
        assertEquals(List.of("autogen_history"),
                database.column("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') ORDER BY 1"));
    }

    @Test
    void aNameLongerThanPostgresKeepsIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        database.reset();
        Workflow workflow = new Workflow(dir, database);
        CliResult revision = workflow.cli().run("revision", "-m", "long", "--entities", LONG_NAME);

        assertEquals(8, revision.exitCode(), revision.toString());
        assertTrue(revision.err().contains("measurements_of_the_northern_weather_stations_taken_every_ten_minutes_")
                && revision.err().contains("70 bytes")
                && revision.err().contains("measurements_of_the_northern_weather_stations_taken_every_ten_m."),
                revision.toString());
        assertEquals(List.of(), workflow.migrationFiles());
    }

    /**
     * Hibernate on the test database with the given entities. Its schema validation looks names up
     * by its own rules, not PostgreSQL's: an unquoted name folded with Java's Unicode rules
     * ({@code äpfel}) and a quoted one with its doubled quotes still doubled, so it cannot find
     * {@code Äpfel} or {@code say "hi"}, though its queries do. Those two are judged by the catalog
     * comparison with Hibernate's export and by the queries.
     */
    private static SessionFactory sessionFactory(Class<?>... entities) {
        Configuration configuration = new Configuration();
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        return configuration
                .setProperty("hibernate.connection.url", database.url())
                .setProperty("hibernate.connection.username", TestDatabase.USER)
                .setProperty("hibernate.hbm2ddl.auto", "none")
                .buildSessionFactory();
    }
}
