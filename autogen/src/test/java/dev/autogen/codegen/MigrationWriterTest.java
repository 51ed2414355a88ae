package dev.autogen.codegen;

import dev.autogen.diff.MigrationPlan;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.schema.SchemaModel;
import dev.autogen.testing.InMemoryCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stability of the generated source: equal inputs give equal bytes; only the id and date vary. */
class MigrationWriterTest {
    private static MigrationPlan plan;

    @TempDir
    Path classes;

    @BeforeAll
    static void plan() {
        SchemaModel v1 = MigrationWriterGoldenTest.read("dev.autogen.fixtures.todo.v1");
        SchemaModel v2 = MigrationWriterGoldenTest.read("dev.autogen.fixtures.todo.v2");
        plan = SchemaDiff.compare(v2, v1);
    }

    private static String write(String id, LocalDate date) {
        return new MigrationWriter(MigrationWriterGoldenTest.PACKAGE)
                .write(new RevisionHeader(id, List.of("20261130_100000"), "add tags", date), plan).source();
    }

    @Test
    void sameInputsGiveByteIdenticalSources() {
        String first = write("20261130_110000", MigrationWriterGoldenTest.DATE);
        String second = write("20261130_110000", MigrationWriterGoldenTest.DATE);

        assertEquals(first, second);
        assertTrue(java.util.Arrays.equals(first.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                second.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void onlyTheLinesWithTheIdOrDateDifferWhenTheyChange() {
        String first = write("20261130_110000", LocalDate.of(2026, 11, 30));
        String second = write("20270102_080910", LocalDate.of(2027, 1, 2));

        List<String> a = first.lines().toList();
        List<String> b = second.lines().toList();
        assertEquals(a.size(), b.size());
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                differing.add(i);
                String before = a.get(i);
                String after = b.get(i);
                assertTrue(before.contains("20261130_110000") || before.contains("2026-11-30"), before);
                assertTrue(after.contains("20270102_080910") || after.contains("2027-01-02"), after);
                assertEquals(before.replace("20261130_110000", "ID").replace("2026-11-30", "DATE"),
                        after.replace("20270102_080910", "ID").replace("2027-01-02", "DATE"));
            }
        }
        assertEquals(3, differing.size(), "the date in the Javadoc, the id in @Revision and in the class name: "
                + differing);
    }

    @Test
    void aMessageThatCouldBreakTheJavadocStillCompiles() throws Exception {
        for (String message : List.of("fix C:\\users\\admin path", "end */ comment", "unicode \\u0022 escape",
                "tab\tand\nnewline", "dollar $1 and percent %s")) {
            GeneratedMigration migration = new MigrationWriter(MigrationWriterGoldenTest.PACKAGE)
                    .write(new RevisionHeader("20261130_130000", List.of(), message, MigrationWriterGoldenTest.DATE),
                            new MigrationPlan(List.of()));
            InMemoryCompiler.Result result = InMemoryCompiler.compile(
                    MigrationWriterGoldenTest.PACKAGE + "." + migration.className(), migration.source(), classes);
            assertTrue(result.success(), () -> message + ":\n" + result.diagnostics() + "\n" + migration.source());
        }
    }

    @Test
    void differentPlansGiveDifferentSources() {
        String withChanges = write("20261130_110000", MigrationWriterGoldenTest.DATE);
        String empty = new MigrationWriter(MigrationWriterGoldenTest.PACKAGE).write(new RevisionHeader(
                "20261130_110000", List.of("20261130_100000"), "add tags", MigrationWriterGoldenTest.DATE),
                new MigrationPlan(List.of())).source();

        assertNotEquals(withChanges, empty);
        assertFalse(empty.contains("import static"), "an empty migration imports no factories:\n" + empty);
    }

    @Test
    void aMigrationForAnotherDialectNamesItAndOneForPostgresqlDoesNot() throws Exception {
        RevisionHeader header = new RevisionHeader("20261130_110000", List.of("20261130_100000"), "add tags",
                MigrationWriterGoldenTest.DATE);
        MigrationWriter writer = new MigrationWriter(MigrationWriterGoldenTest.PACKAGE);
        String reference = writer.write(header, plan).source();
        assertEquals(reference, writer.write(header.withDialect("postgresql"), plan).source());
        assertFalse(reference.contains("dialect"), reference);

        GeneratedMigration mariadb = writer.write(header.withDialect("mariadb"), plan);
        assertTrue(mariadb.source().contains("message = \"add tags\",\n        dialect = \"mariadb\"\n)"),
                mariadb.source());
        assertEquals(reference, mariadb.source().replace(",\n        dialect = \"mariadb\"", ""));
        InMemoryCompiler.Result result = InMemoryCompiler.compile(
                MigrationWriterGoldenTest.PACKAGE + "." + mariadb.className(), mariadb.source(), classes);
        assertTrue(result.success(), () -> result.diagnostics() + "\n" + mariadb.source());
    }
}
