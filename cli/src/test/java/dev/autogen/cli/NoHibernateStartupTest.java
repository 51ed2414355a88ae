package dev.autogen.cli;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code upgrade}, {@code current} and {@code history} pay only for what they use: each runs in a
 * fresh JVM that logs every class it loads, and none of them loads a Hibernate class. {@code check}
 * serves as the control that the log does show Hibernate when it is used.
 */
@Tag("mariadb")
@Tag("postgres")
class NoHibernateStartupTest {
    private static final String MIGRATION = """
            package db.migrations;

            import static dev.autogen.runtime.Ddl.column;

            import dev.autogen.runtime.Migration;
            import dev.autogen.runtime.Operations;
            import dev.autogen.runtime.Revision;

            @Revision(id = "20260101_000000", message = "create note")
            public final class V20260101_000000_CreateNote implements Migration {
                @Override
                public void upgrade(Operations op) {
                    op.execute("CREATE TABLE note (id bigint PRIMARY KEY)");
                }

                @Override
                public void downgrade(Operations op) {
                    op.execute("DROP TABLE note");
                }
            }
            """;

    private static TestDatabase database;

    @TempDir
    static Path project;

    @BeforeAll
    static void createProject() throws Exception {
        database = TestDatabase.create();
        Path migrations = project.resolve("src/main/java/db/migrations");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("V20260101_000000_CreateNote.java"), MIGRATION);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void upgradeCurrentAndHistoryLoadNoHibernateClass() throws Exception {
        for (String command : List.of("upgrade", "current", "history", "upgrade")) {
            List<String> hibernate = hibernateClassesLoadedBy(command, 0);
            assertTrue(hibernate.isEmpty(), "'autogen " + command + "' loaded " + hibernate.size()
                    + " Hibernate classes, e.g. " + hibernate.stream().limit(5).toList());
        }
    }

    @Test
    void checkDoesLoadHibernateSoTheLogWouldShowIt() throws Exception {
        hibernateClassesLoadedBy("upgrade", 0);
        List<String> hibernate = hibernateClassesLoadedBy("check", -1);
        assertFalse(hibernate.isEmpty(), "'autogen check' reads the entities through Hibernate");
    }

    private static List<String> hibernateClassesLoadedBy(String command, int expectedExit) throws Exception {
        Path classLog = Files.createTempFile(project, "classes-" + command, ".log");
        Path output = Files.createTempFile(project, "out-" + command, ".log");
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info:file=" + classLog, "-cp", testClasspath(),
                Main.class.getName(), command));
        ProcessBuilder builder = new ProcessBuilder(java).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("AUTOGEN_URL", database.url());
        builder.environment().put("AUTOGEN_USER", TestDatabase.USER);
        builder.environment().put("AUTOGEN_CLASSPATH", Projects.testClasses().toString());
        builder.environment().put("AUTOGEN_ENTITIES", "dev.autogen.it.todo.v1");
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "'autogen " + command + "' did not finish");
        if (expectedExit >= 0) {
            assertEquals(expectedExit, process.exitValue(), "'autogen " + command + "' said: " + Files.readString(output));
        }
        List<String> loaded = Files.readAllLines(classLog);
        assertTrue(loaded.stream().anyMatch(line -> line.contains(" dev.autogen.cli.Main ")),
                "the class log of 'autogen " + command + "' names the classes loaded");
        return loaded.stream().filter(line -> line.contains(" org.hibernate.")).toList();
    }

    private static String testClasspath() throws IOException {
        String classpath = System.getProperty("surefire.test.class.path");
        if (classpath == null || classpath.isBlank()) {
            classpath = System.getProperty("java.class.path");
        }
        assertTrue(classpath.contains(File.pathSeparator), "the test class path: " + classpath);
        return classpath;
    }
}
