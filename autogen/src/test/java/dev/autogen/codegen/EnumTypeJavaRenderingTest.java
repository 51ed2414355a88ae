package dev.autogen.codegen;

import dev.autogen.diff.Change;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.OperationRecorder;
import dev.autogen.runtime.ops.AddEnumValue;
import dev.autogen.runtime.ops.CreateEnumType;
import dev.autogen.runtime.ops.DropEnumType;
import dev.autogen.runtime.ops.EnumColumn;
import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ReplaceEnumType;
import dev.autogen.testing.InMemoryCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java a generated migration uses for the enum type operations, and that it records them again. */
class EnumTypeJavaRenderingTest {
    private static final EnumTypeDef STATUS = new EnumTypeDef("billing.status", List.of("OPEN", "CLOSED"));
    private static final EnumTypeDef ARCHIVED = new EnumTypeDef("billing.status", List.of("OPEN", "ARCHIVED", "CLOSED"));
    private static final EnumTypeDef CAST = new EnumTypeDef("mood", List.of("A", "B")).withVarcharCasts();
    private static final List<EnumColumn> COLUMNS = List.of(new EnumColumn("billing.invoice", "status"));

    @TempDir
    Path classes;

    private static String java(MigrationOperation operation) {
        return new JavaOperationRenderer().render(operation).toString();
    }

    @Test
    void eachEnumOperationHasAMethodThatNamesIt() {
        assertEquals("op.createEnumType(\"billing.status\", \"OPEN\", \"CLOSED\")", java(new CreateEnumType(STATUS)));
        assertEquals("op.dropEnumType(\"billing.status\", \"OPEN\", \"CLOSED\")",
                java(new DropEnumType("billing.status", STATUS)));
        assertEquals("op.dropEnumType(\"status\")", java(new DropEnumType("status", null)));
        assertEquals("op.addEnumValue(\"status\", \"ARCHIVED\")",
                java(new AddEnumValue("status", "ARCHIVED", null, null, null, List.of())));
        assertEquals("op.addEnumValueBefore(\"status\", \"ARCHIVED\", \"OPEN\")",
                java(new AddEnumValue("status", "ARCHIVED", "OPEN", null, null, List.of())));
        assertEquals("op.addEnumValueAfter(\"status\", \"ARCHIVED\", \"OPEN\")",
                java(new AddEnumValue("status", "ARCHIVED", null, "OPEN", null, List.of())));
        assertEquals("op.replaceEnumType(enumType(\"billing.status\", \"OPEN\", \"ARCHIVED\", \"CLOSED\"),\n"
                        + "enumType(\"billing.status\", \"OPEN\", \"CLOSED\"),\n"
                        + "enumColumn(\"billing.invoice\", \"status\"))",
                java(new ReplaceEnumType(ARCHIVED, STATUS, COLUMNS)));
    }

    @Test
    void aTypeWithVarcharCastsIsWrittenAsADefinitionThatSaysSo() {
        EnumTypeDef cast = STATUS.withVarcharCasts();
        assertEquals("op.createEnumType(enumType(\"billing.status\", \"OPEN\", \"CLOSED\").withVarcharCasts())",
                java(new CreateEnumType(cast)));
        assertEquals("op.dropEnumType(enumType(\"billing.status\", \"OPEN\", \"CLOSED\").withVarcharCasts())",
                java(new DropEnumType("billing.status", cast)));
        assertEquals("op.replaceEnumType(enumType(\"billing.status\", \"OPEN\", \"CLOSED\").withVarcharCasts(),\n"
                        + "enumType(\"billing.status\", \"OPEN\", \"ARCHIVED\", \"CLOSED\").withVarcharCasts(),\n"
                        + "enumColumn(\"billing.invoice\", \"status\"))",
                java(new ReplaceEnumType(cast, ARCHIVED.withVarcharCasts(), COLUMNS)));
        assertEquals("op.replaceEnumType(enumType(\"mood\", \"A\"),\nenumType(\"mood\", \"B\"),\n"
                        + "enumColumn(\"person\", \"mood\", \"'A'::mood\"))",
                java(new ReplaceEnumType(new EnumTypeDef("mood", List.of("A")), new EnumTypeDef("mood", List.of("B")),
                        List.of(new EnumColumn("person", "mood", "'A'::mood")))));
    }

    @Test
    void aGeneratedMigrationWithEnumTypesCompilesAndRecordsThemAgain() throws Exception {
        List<MigrationOperation> upgrade = List.of(new CreateEnumType(STATUS), new CreateEnumType(CAST),
                new DropEnumType(CAST.name(), CAST), new ReplaceEnumType(CAST, CAST.withValues(List.of("B")), List.of()),
                new ReplaceEnumType(STATUS, ARCHIVED, COLUMNS), new DropEnumType("billing.status", ARCHIVED));
        GeneratedMigration migration = new MigrationWriter(MigrationWriterGoldenTest.PACKAGE).write(
                new RevisionHeader("20261201_090000", List.of("20261130_100000"), "enum types",
                        MigrationWriterGoldenTest.DATE),
                new MigrationPlan(upgrade.stream().map(Change::of).toList()));
        String className = MigrationWriterGoldenTest.PACKAGE + "." + migration.className();
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(className, migration.source(), classes);
        assertTrue(compiled.success(), () -> compiled.diagnostics() + "\n" + migration.source());

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Migration instance = (Migration) loader.loadClass(className).getDeclaredConstructor().newInstance();
            assertEquals(upgrade, OperationRecorder.upgradeOf(instance));
            assertEquals(List.of(new CreateEnumType(ARCHIVED), new ReplaceEnumType(ARCHIVED, STATUS, COLUMNS),
                    new ReplaceEnumType(CAST.withValues(List.of("B")), CAST, List.of()), new CreateEnumType(CAST),
                    new DropEnumType(CAST.name(), CAST), new DropEnumType("billing.status", STATUS)),
                    OperationRecorder.downgradeOf(instance));
        }
    }
}
