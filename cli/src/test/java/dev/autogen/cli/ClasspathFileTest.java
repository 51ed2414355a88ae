package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.testing.TestCompiler;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static dev.autogen.cli.Workflow.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's loop for a Maven project whose entities use a type from a library jar: the
 * dependencies come from {@code target/classpath.txt}, as {@code mvn dependency:build-classpath
 * -Dmdep.outputFile=target/classpath.txt} writes it, taken in by default while it is newer than
 * {@code pom.xml}, or named as {@code --classpath @file}.
 */
@Tag("mariadb")
@Tag("postgres")
class ClasspathFileTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    @TempDir
    Path dir;

    @Test
    void theDependenciesListedInTargetClasspathTxtAreTakenInWhileItIsNewerThanThePom() throws Exception {
        Path library = buildProjectWithALibraryEntityType();
        Cli cli = cli();
        assertSuccess(cli.run("init", "--entities", "com.example.app"));

        CliResult missing = cli.run("check");
        assertEquals(ErrorCode.ENTITY_MODEL.exitCode(), missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("com.example.lib.Money"), missing.toString());

        Files.writeString(dir.resolve("target/classpath.txt"), library.toString());
        CliResult revision = cli.run("revision", "-m", "create invoices");
        assertSuccess(revision);
        assertTrue(revision.out().contains("create table invoice"), revision.toString());
        assertSuccess(cli.run("upgrade"));
        assertSuccess(cli.run("check"));

        Files.setLastModifiedTime(dir.resolve("target/classpath.txt"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        CliResult stale = cli.run("check");
        assertEquals(ErrorCode.ENTITY_MODEL.exitCode(), stale.exitCode(), "a file older than pom.xml is left out: "
                + stale);
        assertTrue(stale.err().contains("target/classpath.txt is older than pom.xml, so it was left out: write it"
                + " again with 'mvn -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt'"),
                stale.toString());
    }

    @Test
    void anAtFileEntryStandsForTheListInThatFile() throws Exception {
        Path library = buildProjectWithALibraryEntityType();
        Files.writeString(dir.resolve("deps.txt"), library + "\n");
        Cli cli = cli();
        assertSuccess(cli.run("init", "--entities", "com.example.app"));

        CliResult revision = cli.run("revision", "-m", "create invoices", "--classpath", "target/classes:@deps.txt");
        assertSuccess(revision);

        CliResult absent = cli.run("check", "--classpath", "target/classes:@absent.txt");
        assertEquals(ErrorCode.CONFIGURATION.exitCode(), absent.exitCode(), absent.toString());
        assertTrue(absent.err().contains("Cannot read the class path file " + dir.resolve("absent.txt"))
                && absent.err().contains("mvn dependency:build-classpath -Dmdep.outputFile=absent.txt"),
                absent.toString());
    }

    private Cli cli() {
        return new Cli(dir).env("AUTOGEN_URL", db.url()).env("AUTOGEN_USER", TestDatabase.USER);
    }

    /** A project with {@code pom.xml}, its entity in {@code target/classes}, and the library jar its entity needs. */
    private Path buildProjectWithALibraryEntityType() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        Files.setLastModifiedTime(dir.resolve("pom.xml"), FileTime.from(Instant.parse("2021-01-01T00:00:00Z")));
        Path libClasses = dir.resolve("lib-build/classes");
        assertEquals(List.of(), TestCompiler.compile(dir.resolve("lib-build/src"), libClasses, StandardCharsets.UTF_8,
                List.of(), "package com.example.lib;\n@jakarta.persistence.Embeddable\npublic class Money {\n"
                        + "    java.math.BigDecimal amount;\n    @jakarta.persistence.Column(length = 3) String currency;\n}\n"));
        assertEquals(List.of(), TestCompiler.compile(dir.resolve("src/main/java"), dir.resolve("target/classes"),
                StandardCharsets.UTF_8, List.of(libClasses), "package com.example.app;\n@jakarta.persistence.Entity\n"
                        + "public class Invoice {\n    @jakarta.persistence.Id Long id;\n"
                        + "    com.example.lib.Money total;\n}\n"));
        Path jar = dir.resolve("repository/money-1.0.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(libClasses)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(libClasses.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }
}
