package dev.autogen.runtime.load;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.testing.TestCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annotation processor writes the revision index while javac compiles the migrations, and the
 * package scanner takes the revisions from it, in folders and jars, without reading the class files
 * it lists; what it does not list is still found.
 */
class IndexedPackageTest {
    private static final String PACKAGE = "com.example.migrations";

    @TempDir
    Path dir;

    @Test
    void theProcessorIndexesTopLevelMigrationsWithTheirSourceDigest() throws IOException {
        Path classes = compile(migration("V1_First", "r1", "") + "\n// a comment\n", migration("V2_Second", "r2", "r1"),
                "package " + PACKAGE + ";\npublic class Helper {\n"
                        + "    @dev.autogen.runtime.Revision(id = \"nested\")\n"
                        + "    public static class Nested implements dev.autogen.runtime.Migration {\n"
                        + "        public void upgrade(dev.autogen.runtime.Operations op) {}\n"
                        + "        public void downgrade(dev.autogen.runtime.Operations op) {}\n    }\n}\n");

        Map<String, RevisionIndex.Entry> index = readIndex(classes);

        assertEquals(List.of("V1_First", "V2_Second"), List.copyOf(index.keySet()));
        assertEquals(new RevisionIndex.Entry("V2_Second", "r2", List.of("r1"), "message of r2", true,
                SourceDigests.of(Files.readString(dir.resolve("src/V2_Second.java")))), index.get("V2_Second"));
    }

    @Test
    void aRevisionOnAClassThatIsNoMigrationIsACompileError() throws IOException {
        List<String> errors = compileErrors("package " + PACKAGE + ";\n@dev.autogen.runtime.Revision(id = \"r1\")\n"
                + "public class NotAMigration {}\n");

        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("com.example.migrations.NotAMigration carries @Revision but does not"
                + " implement dev.autogen.runtime.Migration"), errors.get(0));
    }

    @Test
    void theIndexIsUtf8WhateverTheEncodingOfTheBuild() throws IOException {
        String source = migration("V1_First", "r1", "").replace("message of r1", "gr\\u00f6\\u00dfe \\u540d\\u524d");
        assertEquals(List.of(), compileErrors(StandardCharsets.US_ASCII, source));

        assertEquals("größe 名前", readIndex(dir.resolve("classes")).get("V1_First").message());
    }

    @Test
    void theScannerTakesTheRevisionsFromTheIndexWithoutReadingTheClassFiles() throws IOException {
        Path classes = compile(migration("V1_First", "r1", ""), migration("V2_Second", "r2", "r1"));
        Path second = classes.resolve("com/example/migrations/V2_Second.class");
        Files.write(second, new byte[] {1, 2, 3});

        List<ResolvedMigration> found = scan(classes);

        assertEquals(List.of("r1", "r2"), found.stream().map(ResolvedMigration::id).toList());
        assertEquals(List.of("r1"), found.get(1).parents());
        assertNotNull(found.get(1).sourceDigest());
        assertEquals("message of r1", found.get(0).message());
        assertNotNull(found.get(0).factory().get(), "the class is loaded when it runs");
    }

    @Test
    void aClassTheIndexDoesNotListIsReadFromItsFileAndAListedClassThatIsGoneIsIgnored() throws IOException {
        Path classes = compile(migration("V1_First", "r1", ""), migration("V2_Second", "r2", "r1"));
        Path index = classes.resolve("com/example/migrations/" + RevisionIndex.FILE_NAME);
        List<String> lines = new ArrayList<>(Files.readAllLines(index));
        lines.removeIf(line -> line.startsWith("V2_Second"));
        lines.add("V3_Deleted\tr3\tr2\ttrue\t-\tgone");
        Files.write(index, lines);

        List<ResolvedMigration> found = scan(classes);

        assertEquals(List.of("r1", "r2"), found.stream().map(ResolvedMigration::id).toList());
        assertNotNull(found.get(0).sourceDigest());
        assertNull(found.get(1).sourceDigest(), "read from the class file");
    }

    @Test
    void anIndexThatNoLongerMatchesItsClassFailsWhenTheMigrationIsLoaded() throws IOException {
        Path classes = compile(migration("V1_First", "r1", ""));
        Path index = classes.resolve("com/example/migrations/" + RevisionIndex.FILE_NAME);
        Files.writeString(index, Files.readString(index).replace("\tr1\t", "\tr9\t"));

        ResolvedMigration stale = scan(classes).get(0);
        assertEquals("r9", stale.id());
        AutogenException error = assertThrows(AutogenException.class, () -> stale.factory().get());

        assertEquals(ErrorCode.MIGRATION_LOAD, error.code());
        assertTrue(error.getMessage().contains(index.toString()) && error.getMessage().contains("rebuild"),
                error.getMessage());
    }

    @Test
    void aJarIsReadThroughItsIndexToo() throws IOException {
        Path classes = compile(migration("V1_First", "r1", ""), migration("V2_Second", "r2", "r1"));

        for (boolean folderEntries : List.of(true, false)) {
            List<ResolvedMigration> found = scan(jar(classes, folderEntries));

            assertEquals(List.of("r1", "r2"), found.stream().map(ResolvedMigration::id).toList(),
                    "folder entries: " + folderEntries);
            assertNotNull(found.get(1).sourceDigest());
        }
    }

    private Path jar(Path classes, boolean folderEntries) throws IOException {
        Path jar = dir.resolve("migrations-" + folderEntries + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path path : walk.filter(p -> !p.equals(classes)).sorted().toList()) {
                String name = classes.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    if (folderEntries) {
                        out.putNextEntry(new JarEntry(name + "/"));
                        out.closeEntry();
                    }
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                out.write(path.endsWith("V2_Second.class") ? new byte[] {1} : Files.readAllBytes(path));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The source of a migration class of the test package. */
    static String migration(String name, String id, String parent) {
        return "package " + PACKAGE + ";\n\nimport dev.autogen.runtime.*;\n\n"
                + "@Revision(id = \"" + id + "\", parents = {" + (parent.isEmpty() ? "" : "\"" + parent + "\"")
                + "}, message = \"message of " + id + "\")\n"
                + "public class " + name + " implements Migration {\n"
                + "    public void upgrade(Operations op) { op.execute(\"SELECT 1\"); }\n"
                + "    public void downgrade(Operations op) { op.execute(\"SELECT 2\"); }\n}\n";
    }

    private Path compile(String... sources) throws IOException {
        List<String> errors = compileErrors(sources);
        assertTrue(errors.isEmpty(), errors.toString());
        return dir.resolve("classes");
    }

    private List<String> compileErrors(String... sources) throws IOException {
        return compileErrors(StandardCharsets.UTF_8, sources);
    }

    private List<String> compileErrors(Charset encoding, String... sources) throws IOException {
        return TestCompiler.compile(dir.resolve("src"), dir.resolve("classes"), encoding, List.of(), sources);
    }

    private static Map<String, RevisionIndex.Entry> readIndex(Path classes) throws IOException {
        try (InputStream in = Files.newInputStream(classes.resolve("com/example/migrations/" + RevisionIndex.FILE_NAME))) {
            return RevisionIndex.read(in);
        }
    }

    private static List<ResolvedMigration> scan(Path root) throws IOException {
        URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()},
                IndexedPackageTest.class.getClassLoader());
        return new PackageScanner(loader, PACKAGE).load();
    }
}
