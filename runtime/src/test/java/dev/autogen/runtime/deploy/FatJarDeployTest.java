package dev.autogen.runtime.deploy;

import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.load.ClassRoots;
import dev.autogen.runtime.testing.TestCompiler;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code runtime.jar … --classpath app.jar} finds the migrations an application ships: in a Spring
 * Boot fat jar (under {@code BOOT-INF/classes}, and in the jars of {@code BOOT-INF/lib}, laid out as
 * {@code spring-boot-maven-plugin} 4.1.2's {@code repackage} writes them: nested jars stored
 * uncompressed, {@code classpath.idx}, the launcher in the manifest) and in a plain jar, through the
 * revision index; finding none is an error that names what was searched.
 */
@Tag("postgres")
class FatJarDeployTest {
    private static final String APP_PACKAGE = "com.example.fatapp.migrations";
    private static final String LIB_PACKAGE = "com.example.shared.migrations";

    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    @TempDir
    static Path build;

    @TempDir
    Path dir;

    private static Path fatJar;
    private static Path plainJar;
    private static Path libJar;

    @BeforeAll
    static void buildTheJars() throws IOException {
        Path libClasses = build.resolve("lib-classes");
        assertEquals(List.of(), TestCompiler.compile(build.resolve("lib-src"), libClasses, StandardCharsets.UTF_8,
                List.of(), "package com.example.shared;\npublic class Tables {\n"
                        + "    public static String todo() { return \"fat_todo\"; }\n}\n",
                migration(LIB_PACKAGE, "V1_Shared", "s1", "", "CREATE TABLE shared_thing (id int)")));
        Path lib = jar(build.resolve("shared-lib.jar"), libClasses, "");
        Path appClasses = build.resolve("app-classes");
        assertEquals(List.of(), TestCompiler.compile(build.resolve("app-src"), appClasses, StandardCharsets.UTF_8,
                List.of(libClasses), migration(APP_PACKAGE, "V1_CreateTodo", "r1", "",
                        "CREATE TABLE \" + com.example.shared.Tables.todo() + \" (id int)"),
                migration(APP_PACKAGE, "V2_AddTitle", "r2", "r1", "ALTER TABLE fat_todo ADD COLUMN title text")));
        fatJar = bootJar(build.resolve("app.jar"), appClasses, lib);
        plainJar = jar(build.resolve("plain.jar"), appClasses, "");
        libJar = lib;
    }

    @Test
    void aSpringBootFatJarIsReadInPlaceWithItsRevisionIndexAndChecksums() throws Exception {
        Output upgrade = run("upgrade", "--classpath", fatJar.toString());
        assertEquals(0, upgrade.code, upgrade.toString());
        assertTrue(upgrade.out.contains("2 revisions"), upgrade.toString());

        Output history = run("history", "--classpath", fatJar.toString());
        assertEquals(0, history.code, history.toString());
        assertEquals(2, history.out.lines().filter(line -> line.contains("[applied]")).count(), history.toString());
        assertTrue(run("current", "--classpath", fatJar.toString()).out.contains("r2 message of r2 (head)"));
        Output again = run("upgrade", "--classpath", fatJar.toString());
        assertEquals(0, again.code, again.toString());
        assertEquals(2, count("SELECT count(*) FROM autogen_history WHERE verified_source IS NOT NULL"
                + " AND checksum LIKE 'sql1:%'"), "source digests from the index in BOOT-INF/classes");
        assertEquals(1, count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'fat_todo'"
                + " AND column_name = 'title'"));
    }

    @Test
    void migrationsShippedInAJarOfBootInfLibAreFound() {
        Output history = run("history", "--classpath", fatJar.toString(), "--migrations-package", LIB_PACKAGE);

        assertEquals(0, history.code, history.toString());
        assertTrue(history.out.contains("<base> -> s1 (head) [pending], message of s1"), history.toString());
        assertEquals(0, run("upgrade", "--classpath", fatJar.toString(), "--migrations-package", LIB_PACKAGE).code);
    }

    @Test
    void aPlainJarIsReadThroughItsIndexToo() throws Exception {
        String classpath = plainJar + File.pathSeparator + libJar;
        assertEquals(0, run("upgrade", "--classpath", classpath).code);

        Output history = run("history", "--classpath", classpath);
        assertEquals(2, history.out.lines().filter(line -> line.contains("[applied]")).count(), history.toString());
        assertEquals(2, count("SELECT count(*) FROM autogen_history WHERE verified_source IS NOT NULL"));
    }

    @Test
    void classesAndResourcesOfNestedJarsLoadWithoutExtraction() throws Exception {
        try (ClassRoots roots = ClassRoots.open(List.of(fatJar))) {
            ClassLoader loader = roots.classLoader(getClass().getClassLoader());

            Class<?> tables = loader.loadClass("com.example.shared.Tables");
            assertEquals("fat_todo", tables.getMethod("todo").invoke(null));
            try (InputStream in = loader.getResourceAsStream("com/example/shared/Tables.class")) {
                assertNotNull(in);
                assertEquals(0xCAFEBABE, new DataInputStream(in).readInt());
            }
            assertEquals(1, Collections.list(loader.getResources("com/example/fatapp/migrations/"
                    + "autogen-revisions.idx")).size());
        }
    }

    @Test
    void aWarIsReadFromWebInfClassesAndWebInfLib() throws Exception {
        Path war = build.resolve("app.war");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(war))) {
            folder(out, "WEB-INF/");
            folder(out, "WEB-INF/classes/");
            addTree(out, build.resolve("app-classes"), "WEB-INF/classes/");
            folder(out, "WEB-INF/lib/");
            stored(out, "WEB-INF/lib/shared-lib.jar", Files.readAllBytes(libJar));
        }

        Output upgrade = run("upgrade", "--classpath", war.toString());

        assertEquals(0, upgrade.code, upgrade.toString());
        assertTrue(upgrade.out.contains("2 revisions"), upgrade.toString());
        Output lib = run("history", "--classpath", war.toString(), "--migrations-package", LIB_PACKAGE);
        assertTrue(lib.out.contains("s1 (head) [pending]"), lib.toString());
    }

    @Test
    void noMigrationInWhatWasGivenIsAnErrorNamingTheJarThePackageAndWhereMigrationsAre() {
        assertEquals(0, run("upgrade", "--classpath", fatJar.toString()).code);

        for (String command : List.of("history", "current", "upgrade")) {
            Output result = run(command, "--classpath", fatJar.toString(), "--migrations-package", "com.example.wrong");

            assertEquals(ErrorCode.CONFIGURATION.exitCode(), result.code, result.toString());
            assertFalse(result.out.contains("No revisions yet"), result.toString());
            assertTrue(result.err.contains("No migrations found in the package com.example.wrong in the --classpath"
                    + " entries " + fatJar + " (a Spring Boot fat jar: BOOT-INF/classes and 2 jars in BOOT-INF/lib)"),
                    result.toString());
            assertTrue(result.err.contains("Compiled migrations were found in " + APP_PACKAGE + ", " + LIB_PACKAGE),
                    result.toString());
            assertTrue(result.err.contains("BOOT-INF/classes/com/example/wrong/"), result.toString());
        }
    }

    @Test
    void appliedRevisionsThatNoGivenMigrationDeclaresAreNamed() {
        assertEquals(0, run("upgrade", "--classpath", fatJar.toString()).code);

        Output history = run("history", "--classpath", fatJar.toString(), "--migrations-package", LIB_PACKAGE);

        assertEquals(0, history.code, history.toString());
        assertTrue(history.out.contains("r1 -> r2 [applied] [no migration declares it], message of r2"),
                history.toString());
        assertTrue(history.err.contains("2 revisions recorded as applied are declared by none of the migrations"
                + " given: r2, r1"), history.toString());
        Output current = run("current", "--classpath", fatJar.toString(), "--migrations-package", LIB_PACKAGE);
        assertEquals(ErrorCode.HISTORY_MISMATCH.exitCode(), current.code, current.toString());
    }

    private static String migration(String packageName, String name, String id, String parent, String sql) {
        return "package " + packageName + ";\n\nimport dev.autogen.runtime.*;\n\n"
                + "@Revision(id = \"" + id + "\", parents = {" + (parent.isEmpty() ? "" : "\"" + parent + "\"")
                + "}, message = \"message of " + id + "\")\n"
                + "public class " + name + " implements Migration {\n"
                + "    public void upgrade(Operations op) { op.execute(\"" + sql + "\"); }\n"
                + "    public void downgrade(Operations op) { op.execute(\"SELECT 1\"); }\n}\n";
    }

    /** A jar of a class output folder, each entry under {@code prefix}, folders included. */
    private static Path jar(Path jar, Path classes, String prefix) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            addTree(out, classes, prefix);
        }
        return jar;
    }

    /**
     * A fat jar as {@code spring-boot-maven-plugin:4.1.2:repackage} lays it out: the launcher's
     * manifest, the classes under {@code BOOT-INF/classes/}, each dependency stored uncompressed in
     * {@code BOOT-INF/lib/}, and {@code BOOT-INF/classpath.idx}.
     */
    private static Path bootJar(Path jar, Path classes, Path lib) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.springframework.boot.loader.launch.JarLauncher");
        manifest.getMainAttributes().putValue("Start-Class", "com.example.fatapp.Application");
        manifest.getMainAttributes().putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        manifest.getMainAttributes().putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        manifest.getMainAttributes().putValue("Spring-Boot-Classpath-Index", "BOOT-INF/classpath.idx");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            folder(out, "BOOT-INF/");
            folder(out, "BOOT-INF/classes/");
            addTree(out, classes, "BOOT-INF/classes/");
            folder(out, "BOOT-INF/lib/");
            List<Path> libs = List.of(lib, jar(jar.resolveSibling("empty-lib.jar"), Files.createDirectories(
                    jar.resolveSibling("empty")), ""));
            StringBuilder index = new StringBuilder();
            for (Path nested : libs) {
                stored(out, "BOOT-INF/lib/" + nested.getFileName(), Files.readAllBytes(nested));
                index.append("- \"BOOT-INF/lib/").append(nested.getFileName()).append("\"\n");
            }
            out.putNextEntry(new JarEntry("BOOT-INF/classpath.idx"));
            out.write(index.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static void addTree(JarOutputStream out, Path classes, String prefix) throws IOException {
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path path : walk.filter(p -> !p.equals(classes)).sorted().toList()) {
                String name = prefix + classes.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    folder(out, name + "/");
                } else {
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(path));
                    out.closeEntry();
                }
            }
        }
    }

    private static void folder(JarOutputStream out, String name) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.closeEntry();
    }

    private static void stored(JarOutputStream out, String name, byte[] bytes) throws IOException {
        JarEntry entry = new JarEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Output run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--user", TestDatabase.USER));
        if (!all.contains("--migrations-package")) {
            all.addAll(List.of("--migrations-package", APP_PACKAGE));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DeployMain.run(dir, Map.of(), new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Output(code, out.toString(), err.toString());
    }

    private record Output(int code, String out, String err) {
    }
}
