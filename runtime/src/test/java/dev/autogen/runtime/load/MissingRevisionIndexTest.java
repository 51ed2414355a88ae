package dev.autogen.runtime.load;

import dev.autogen.runtime.deploy.DeployMain;
import dev.autogen.runtime.testing.TestCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Migrations compiled without the revision index processor (JDK 23+ without {@code -proc:full}) are
 * still found, and the scanner says so once, with the fix; with the index there is no warning.
 */
class MissingRevisionIndexTest {
    private static final String PACKAGE = "com.example.migrations";

    @TempDir
    Path dir;

    @Test
    void migrationsWithoutAnIndexGiveOneWarningWithTheFix() throws Exception {
        Path classes = compileWithoutProcessor(migration("V1_First", "r1", ""), migration("V2_Second", "r2", "r1"));
        List<String> warnings = new ArrayList<>();
        PackageScanner scanner = scanner(classes, warnings);

        assertEquals(2, scanner.load().size());
        scanner.load();

        assertEquals(1, warnings.size(), warnings.toString());
        String warning = warnings.get(0);
        assertTrue(warning.startsWith("No revision index (" + classes.resolve("com/example/migrations")
                .resolve(RevisionIndex.FILE_NAME) + ") for 2 migrations, so each startup reads every migration class"
                + " file instead"), warning);
        assertTrue(warning.contains("javac -proc:full (Maven: <proc>full</proc> in the configuration of"
                + " maven-compiler-plugin)") && warning.contains("annotationProcessorPaths"), warning);
    }

    @Test
    void theDeployCommandLinePrintsTheWarningOnceOnStandardError() throws Exception {
        Path classes = compileWithoutProcessor(migration("V1_First", "r1", ""), migration("V2_Second", "r2", "r1"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = DeployMain.run(dir, Map.of(), new PrintWriter(out), new PrintWriter(err), "heads", "--classpath",
                classes.toString(), "--migrations-package", PACKAGE);

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("r2"), out.toString());
        assertEquals(1, err.toString().split("warning: No revision index", -1).length - 1, err.toString());
        assertTrue(err.toString().contains("-proc:full"), err.toString());
    }

    @Test
    void theWarningNamesTheJdkThatCausesIt() {
        assertTrue(MissingRevisionIndex.warning(List.of("x"), 1, 25).contains("for 1 migration, so"));
        assertTrue(MissingRevisionIndex.warning(List.of("x"), 1, 25).contains("This JVM is Java 25: if the migrations"
                + " were compiled by JDK 23 or later, javac ran no annotation processor"));
        assertTrue(MissingRevisionIndex.warning(List.of("x"), 3, 17).contains("JDK 23 and later run no annotation"
                + " processor found on the class path unless told to"));
    }

    @Test
    void indexedMigrationsGiveNoWarning() throws Exception {
        List<String> errors = TestCompiler.compile(dir.resolve("src"), dir.resolve("classes"), StandardCharsets.UTF_8,
                List.of(), migration("V1_First", "r1", ""));
        assertEquals(List.of(), errors);
        List<String> warnings = new ArrayList<>();

        assertEquals(1, scanner(dir.resolve("classes"), warnings).load().size());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aPackageWithoutMigrationsGivesNoWarning() throws Exception {
        Path classes = compileWithoutProcessor("package " + PACKAGE + ";\npublic class Helper {}\n");
        List<String> warnings = new ArrayList<>();

        assertEquals(0, scanner(classes, warnings).load().size());
        assertEquals(List.of(), warnings);
    }

    /**
     * With a real JDK 23 or later (if one is installed), plain {@code javac} writes no index and the
     * scanner warns; with the fix the warning gives, {@code -proc:full}, the index is written.
     */
    @Test
    void aRealJdk23OrLaterWritesNoIndexUnlessToldAndTheFixWorks() throws Exception {
        Optional<Path> javac = javacOf23OrLater();
        assumeTrue(javac.isPresent(), "no JDK 23 or later under /usr/lib/jvm");
        Path source = Files.createDirectories(dir.resolve("src")).resolve("V1_First.java");
        Files.writeString(source, migration("V1_First", "r1", ""));
        Path plain = dir.resolve("plain");
        Path fixed = dir.resolve("fixed");

        javac(javac.get(), plain, source);
        javac(javac.get(), fixed, source, "-proc:full");

        Path index = Path.of("com/example/migrations", RevisionIndex.FILE_NAME);
        assertFalse(Files.exists(plain.resolve(index)), "JDK 23+ javac ran the processor without -proc:full");
        assertTrue(Files.exists(fixed.resolve(index)), "-proc:full did not write the index");
        List<String> warnings = new ArrayList<>();
        assertEquals(1, scanner(plain, warnings).load().size());
        assertEquals(1, warnings.size());
        List<String> none = new ArrayList<>();
        assertEquals(1, scanner(fixed, none).load().size());
        assertEquals(List.of(), none);
    }

    private static PackageScanner scanner(Path classes, List<String> warnings) throws IOException {
        URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()},
                MissingRevisionIndexTest.class.getClassLoader());
        return new PackageScanner(loader, PACKAGE).withWarnings(warnings::add);
    }

    private Path compileWithoutProcessor(String... sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString()));
        for (String source : sources) {
            String name = source.substring(source.indexOf("class ") + 6).split("[ {]")[0];
            arguments.add(Files.writeString(src.resolve(name + ".java"), source).toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, compiler.run(null, null, err, arguments.toArray(String[]::new)), err.toString());
        return classes;
    }

    private static void javac(Path javac, Path classes, Path source, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(javac.toString(), "--release", "17", "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString()));
        command.addAll(List.of(options));
        command.add(source.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
    }

    private static Optional<Path> javacOf23OrLater() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/javac")) && feature(home) >= 23)
                    .map(home -> home.resolve("bin/javac")).sorted().findFirst();
        }
    }

    private static int feature(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return Integer.parseInt(line.replaceAll("[^0-9.]", "").split("\\.")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static String migration(String name, String id, String parent) {
        return IndexedPackageTest.migration(name, id, parent);
    }
}
