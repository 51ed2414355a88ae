package dev.autogen.codegen;

import dev.autogen.diff.Change;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.OperationRecorder;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AlterTableComment;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.testing.InMemoryCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text in a generated class, wherever it comes from, compiles to exactly the program the writer
 * meant, and a reviewer sees every character of it: no line break, unicode escape or bidirectional
 * override in a message, note or name turns into code or hides code.
 */
class InertJavaTest {
    private static final String HOSTILE_MESSAGE = "x\n\\! id\nDROP TABLE t; --";

    @TempDir
    Path classes;

    @Test
    void aHostileMessageShowsVisiblyInTheJavadocAndIsKeptExactlyInTheAnnotation() throws Exception {
        Loaded loaded = compile(HOSTILE_MESSAGE, List.of(Change.of(new ExecuteSql("SELECT 1", "SELECT 1"))));

        assertTrue(loaded.source().contains(" * X[U+000A]&#92;! id[U+000A]DROP TABLE t; --.\n"), loaded.source());
        assertEquals(HOSTILE_MESSAGE, loaded.type().getAnnotation(Revision.class).message());
    }

    @Test
    void aUnicodeEscapeOrLineBreakInAReviewNoteStaysInTheComment() throws Exception {
        String note = "drops pwned\\u000aop.execute(\"DROP TABLE pwned\");\u0085op.execute(\"DROP TABLE other\");";
        Loaded loaded = compile("drop", List.of(new Change(new ExecuteSql("SELECT 1", "SELECT 1"), note, null)));

        assertEquals(List.of(new ExecuteSql("SELECT 1", null)), loaded.upgrade());
        assertTrue(loaded.source().contains("// REVIEW: drops pwned\\\\u000aop.execute(\"DROP TABLE pwned\");"
                + "[U+0085]op.execute"), loaded.source());
    }

    @Test
    void aBidirectionalOverrideInANameIsEscapedVisiblyAndKeepsItsMeaning() throws Exception {
        String comment = "safe \u202Edesrever\u202C and \u2066isolated\u2069 text\u200Bzero\uFEFFwidth";
        Loaded loaded = compile("comment", List.of(Change.of(new AlterTableComment("t", comment, null))));

        assertEquals(List.of(new AlterTableComment("t", comment, null)), loaded.upgrade());
        assertTrue(loaded.source().contains(
                "\"safe \\u202edesrever\\u202c and \\u2066isolated\\u2069 text\\u200bzero\\ufeffwidth\""), loaded.source());
        assertFalse(loaded.source().chars().anyMatch(c -> c == 0x202E || c == 0x2066 || c == 0x200B), loaded.source());
    }

    @Test
    void lineAndParagraphSeparatorsInStringsStayInTheirLiteral() throws Exception {
        String comment = "one\u2028two\u2029three \uFDD0M four";
        ColumnDef column = column("line\u2028name", "integer").comment(comment);
        Loaded loaded = compile("separators", List.of(Change.of(new AddColumn("t", column)),
                Change.of(new AlterTableComment("t", comment, null))));

        assertEquals(List.of(new AddColumn("t", column), new AlterTableComment("t", comment, null)), loaded.upgrade());
        assertTrue(loaded.source().contains("\"one\\u2028two\\u2029three \\ufdd0M four\""), loaded.source());
    }

    private Loaded compile(String message, List<Change> upgrade) throws Exception {
        GeneratedMigration migration = new MigrationWriter(MigrationWriterGoldenTest.PACKAGE)
                .write(new RevisionHeader("20261130_130000", List.of(), message, MigrationWriterGoldenTest.DATE),
                        new MigrationPlan(upgrade));
        String name = MigrationWriterGoldenTest.PACKAGE + "." + migration.className();
        InMemoryCompiler.Result result = InMemoryCompiler.compile(name, migration.source(), classes);
        assertTrue(result.success(), () -> result.diagnostics() + "\n" + migration.source());
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        Class<?> type = loader.loadClass(name);
        return new Loaded(migration.source(), type);
    }

    private record Loaded(String source, Class<?> type) {
        List<MigrationOperation> upgrade() throws ReflectiveOperationException {
            return OperationRecorder.upgradeOf((Migration) type.getConstructor().newInstance());
        }
    }
}
