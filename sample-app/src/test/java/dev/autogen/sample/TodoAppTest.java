package dev.autogen.sample;

import dev.autogen.cli.Main;
import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.load.RevisionIndex;
import dev.autogen.runtime.load.SourceDigests;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample app migrates its database at startup and its committed migrations match its entities. */
@Tag("postgres")
class TodoAppTest {
    private TestDatabase database;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void startupAppliesTheMigrationsThenHibernateValidatesAndWorks() {
        TodoApp app = new TodoApp(database.url(), TestDatabase.USER, null);
        MigrationResult first = app.migrate();
        assertEquals(2, first.revisions().size());
        assertEquals(List.of("write README"), app.addAndList(List.of("write README")));
        assertTrue(app.migrate().isEmpty(), "a second startup has nothing to apply");
        assertEquals(List.of("write README", "ship it"), app.addAndList(List.of("ship it")));
    }

    @Test
    void theBuildIndexesTheMigrationsSoStartupRecordsTheSourceDigestsTheCommandLineComputes() throws Exception {
        new TodoApp(database.url(), TestDatabase.USER, null).migrate();

        Path sources = Path.of("src/main/java/dev/autogen/sample/migrations");
        assertTrue(Files.isRegularFile(Path.of("target/classes/dev/autogen/sample/migrations", RevisionIndex.FILE_NAME)),
                "the annotation processor wrote the revision index");
        List<List<String>> rows = database.query("SELECT revision, checksum, verified_source FROM autogen_history");
        assertEquals(2, rows.size());
        for (List<String> row : rows) {
            Path source;
            try (Stream<Path> files = Files.list(sources)) {
                source = files.filter(f -> f.getFileName().toString().startsWith("V" + row.get(0))).findFirst().orElseThrow();
            }
            assertEquals(SourceDigests.recorded(SourceDigests.of(Files.readString(source)), row.get(1)), row.get(2));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(Path.of("").toAbsolutePath(), Map.of("AUTOGEN_URL", database.url(),
                "AUTOGEN_USER", TestDatabase.USER), new PrintWriter(out), new PrintWriter(err), "upgrade");
        assertEquals(0, code, out + "\n" + err);
        assertEquals(rows, database.query("SELECT revision, checksum, verified_source FROM autogen_history"));
    }

    @Test
    void theRuntimeJarAppliesTheCompiledMigrationsWithJavaDashJar() throws Exception {
        Path jar = Path.of("../runtime/target/runtime.jar");
        assertTrue(Files.isRegularFile(jar), "the runtime module packages " + jar);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "upgrade", "--user", TestDatabase.USER).redirectErrorStream(true);
        builder.environment().put("AUTOGEN_URL", database.url());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("2 revisions"), output);
        assertEquals(2, database.query("SELECT revision FROM autogen_history WHERE verified_source IS NOT NULL").size(),
                "classpath and migrations-package come from autogen.properties; the index gives the digests");
    }

    @Test
    void committedMigrationsAgreeWithTheEntities() {
        new TodoApp(database.url(), TestDatabase.USER, null).migrate();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(Path.of("").toAbsolutePath(), Map.of("AUTOGEN_URL", database.url(),
                "AUTOGEN_USER", TestDatabase.USER), new PrintWriter(out), new PrintWriter(err), "check");
        assertEquals(0, code, out + "\n" + err);
        assertTrue(out.toString().contains("No changes"), out.toString());
    }
}
