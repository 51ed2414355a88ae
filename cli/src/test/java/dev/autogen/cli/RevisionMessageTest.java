package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.MigrationSources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A revision message is one line of visible text that the history table can store; anything else
 * is a usage error and writes nothing. A non-ASCII message survives a C locale through the launcher.
 */
@Tag("mariadb")
@Tag("postgres")
class RevisionMessageTest {
    private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/nowhere";
    private static final Path LAUNCHER = Path.of("../bin/autogen").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void init() {
        cli = new Cli(dir);
        assertEquals(0, cli.run("init").exitCode());
    }

    @Test
    void ordinaryMessagesPass() {
        for (String message : List.of("add due date", "größe & 名前 👍", "love ❤\uFE0F and 👨\u200D👩\u200D👧", "C:\\temp\\ it's */ -- ;", "x".repeat(2000),
                "👍".repeat(2000))) {
            assertNull(RevisionMessage.problem(message, StandardCharsets.UTF_8), message);
        }
    }

    @Test
    void aHostileMessageIsRefusedAndNothingIsWritten() throws IOException {
        CliResult result = cli.run("revision", "--empty", "-m", "x\n\\! id\nDROP TABLE t; --", "--url", NOWHERE);

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("The message (-m) has [U+000A] at character 2")
                && result.err().contains("one line of visible text") && result.err().contains("Nothing was written."),
                result.toString());
        assertEquals(List.of(), migrationFiles());
    }

    @Test
    void controlAndBidiCharactersAreRefused() {
        for (String message : List.of("tab\there", "cr\rhere", "nul\0here", "next\u0085line", "line\u2028sep",
                "para\u2029sep", "\u202Eevil", "iso\u2066late\u2069", "zero\u200Bwidth", "cgj\u034Fjoin",
                "filler\u3164here", "half\uFFA0width", "jamo\u115Ffill")) {
            String problem = RevisionMessage.problem(message, StandardCharsets.UTF_8);
            assertTrue(problem != null && problem.contains("[U+"), message + ": " + problem);
        }
    }

    @Test
    void anEmptyOrBlankMessageIsRefused() {
        for (String message : List.of("", "   ")) {
            String problem = RevisionMessage.problem(message, StandardCharsets.UTF_8);
            assertTrue(problem != null && problem.startsWith("is empty"), "'" + message + "': " + problem);
        }
    }

    @Test
    void aMessageLongerThanTheHistoryStoresIsRefused() throws IOException {
        CliResult result = cli.run("revision", "--empty", "-m", "👍".repeat(2001), "--url", NOWHERE);

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("has 2001 characters; the history table stores at most 2000"),
                result.toString());
        assertEquals(List.of(), migrationFiles());
    }

    @Test
    void mergeChecksItsMessageToo() {
        CliResult result = cli.run("merge", "-m", "merge\nDROP TABLE t", "--url", NOWHERE);

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("[U+000A]"), result.toString());
    }

    @Test
    void aHandEditedMessageIsShownInertOnTheTerminalAndInTheScript() throws IOException {
        MigrationSources sources = new MigrationSources(dir.resolve("src/main/java/db/migrations"));
        sources.write("Hostile", "20300101_000001", List.of(), "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 2\");");
        sources.edit("Hostile", "message = \"Hostile\"", "message = \"x\\u001b[2J\\nDROP TABLE t; --\"");

        for (String command : List.of("heads", "show", "upgrade")) {
            CliResult result = command.equals("show") ? cli.run("show", "20300101_000001", "--url", NOWHERE)
                    : command.equals("heads") ? cli.run("heads", "--url", NOWHERE)
                    : cli.run("upgrade", "--sql", "base:head", "--url", NOWHERE);
            assertEquals(0, result.exitCode(), result.toString());
            assertTrue(result.out().contains("x[U+001B][2J[U+000A]DROP TABLE t; --"), result.toString());
            assertTrue(result.out().lines().noneMatch(line -> line.startsWith("DROP TABLE t"))
                    && result.out().indexOf('\u001b') < 0, result.toString());
        }
        sources.write("EvilName", "20300101_000002", List.of("20300101_000001"),
                "op.dropTable(\"evil\\u001b[2J\");", "op.execute(\"SELECT 2\");");
        CliResult show = cli.run("show", "20300101_000002", "--url", NOWHERE);
        assertTrue(show.out().contains("evil[U+001B][2J") && show.out().indexOf('\u001b') < 0, show.toString());
    }

    @Test
    void aMessageTheLocaleCouldNotDecodeIsRefusedWithTheWayOut() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(javaCommand("-cp", System.getProperty("java.class.path"),
                "dev.autogen.cli.Main", "revision", "--empty", "-m", "größe", "--url", NOWHERE))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        Process java = builder.start();
        java.waitFor();

        String output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(2, java.exitValue(), output);
        assertTrue(output.contains("U+FFFD at character 3") && output.contains("LANG=C.UTF-8")
                && output.contains("bin/autogen"), output);
        assertEquals(List.of(), migrationFiles());
    }

    @Test
    void theLauncherKeepsANonAsciiMessageUnderTheCLocale() throws Exception {
        ProcessBuilder launcher = new ProcessBuilder("sh", LAUNCHER.toString(), "revision", "--empty", "-m",
                "größe 名前", "--url", NOWHERE)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        launcher.environment().put("AUTOGEN_JAR", classPathJar().toString());
        launcher.environment().put("JAVA_HOME", System.getProperty("java.home"));
        launcher.environment().put("LANG", "C");
        launcher.environment().put("LC_ALL", "C");
        Process process = launcher.start();
        process.waitFor();

        String output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        List<Path> files = migrationFiles();
        assertEquals(1, files.size(), output);
        String source = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertTrue(source.contains("message = \"größe 名前\"") && source.contains(" * Größe 名前."), source);
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** A jar that only names the test class path in its manifest, standing in for {@code autogen.jar}. */
    private Path classPathJar() throws IOException {
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" "));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.autogen.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        Path jar = dir.resolve("autogen-classpath.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(file, manifest)) {
            return jar;
        }
    }

    private List<Path> migrationFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
