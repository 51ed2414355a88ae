package dev.autogen.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The built {@code target/autogen.jar} itself, run by the {@code shaded-jar} execution of the
 * package phase, after the shade plugin: its size, what it leaves out, and the zero-install default
 * (no {@code --url}: the embedded PostgreSQL in {@code .autogen/}) working from it.
 */
@Tag("mariadb")
@Tag("postgres")
class ShadedJarIT {
    private static final long MAX_BYTES = 40_000_000;
    private static final Path JAR = Path.of("target", "autogen.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theJarIsUnder40MbWithOnlyTheLinuxX8664BuildAndHibernatesServicesIntact() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), JAR + " is built by mvn package");
        long size = Files.size(JAR);
        assertTrue(size < MAX_BYTES, "autogen.jar is " + size + " bytes, more than " + MAX_BYTES);
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> archives = jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".txz")).toList();
            assertEquals(List.of("postgres-linux-x86_64.txz"), archives);
            assertNull(jar.getEntry("net/bytebuddy/ByteBuddy.class"));
            assertNull(jar.getEntry("META-INF/services/org.hibernate.bytecode.spi.BytecodeProvider"));
            String persistence = new String(jar.getInputStream(
                    jar.getEntry("META-INF/services/jakarta.persistence.spi.PersistenceProvider")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(persistence.contains("org.hibernate.jpa.HibernatePersistenceProvider"), persistence);
            assertNotNull(jar.getEntry("META-INF/services/java.sql.Driver"));
        }
    }

    @Test
    void withoutUrlTheJarStartsTheEmbeddedDatabaseAndMigratesIt() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), JAR + " is built by mvn package");
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                && System.getProperty("os.arch").matches("amd64|x86_64"), "the jar carries the Linux x86_64 build");

        run("init", "--entities", "dev.autogen.it.todo.v1", "--classpath", Projects.testClasses().toString());
        assertTrue(run("revision", "-m", "initial").contains("create table todos"));
        assertTrue(run("upgrade").contains("Upgraded the embedded PostgreSQL in .autogen/: 1 revision"));
        assertTrue(run("current").contains("initial (head)"));
        assertTrue(Files.isDirectory(dir.resolve(".autogen/pgdata")));
    }

    /** Runs the jar in the temporary folder, unpacking PostgreSQL there too; its output if it exits 0. */
    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dot.epg.working-dir=" + dir.resolve("unpacked"), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path output = dir.resolve("output.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "autogen " + String.join(" ", args) + " finished");
        String text = Files.readString(output);
        assertEquals(0, process.exitValue(), "autogen " + String.join(" ", args) + ":\n" + text);
        return text;
    }
}
