package dev.autogen.codegen;

import dev.autogen.diff.Change;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.OperationRecorder;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKeyUsingIndex;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ValidateConstraint;
import dev.autogen.testing.InMemoryCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java a generated migration uses for each lock-safe form, and that it records the same operation again. */
class LockSafeJavaRenderingTest {
    private static final IndexDef INDEX = new IndexDef("ix_todo_title", List.of("title"), false);
    private static final ForeignKeyDef FK = new ForeignKeyDef("fk_todo_list", List.of("list_id"), "todo_list",
            List.of("id"), null);
    private static final CheckDef CHECK = new CheckDef("ck_todo_rank", "rank > 0");
    private static final UniqueDef UNIQUE = new UniqueDef("uk_todo_title", List.of("title", "list_id"));
    private static final PrimaryKeyDef PK = new PrimaryKeyDef(null, List.of("id"));

    private static final List<MigrationOperation> SAFE_FORMS = List.of(
            new CreateIndex("todo", INDEX, true),
            new AddForeignKey("todo", FK, true),
            new ValidateConstraint("todo", "fk_todo_list"),
            new AddCheck("todo", CHECK, true),
            new ValidateConstraint("todo", "ck_todo_rank"),
            new SetNotNullViaCheck("todo", "title", null),
            new SetNotNullViaCheck("todo", "rank", "0"),
            new AddUniqueUsingIndex("todo", UNIQUE),
            new AddPrimaryKeyUsingIndex("todo", PK),
            new DropIndex("todo", "ix_old", null, true));

    @TempDir
    Path classes;

    private static String java(MigrationOperation operation) {
        return new JavaOperationRenderer().render(operation).toString();
    }

    @Test
    void eachSafeFormHasAMethodThatNamesIt() {
        assertEquals("op.createIndexConcurrently(\"todo\", index(\"ix_todo_title\", \"title\"))", java(SAFE_FORMS.get(0)));
        assertEquals("op.addForeignKeyNotValid(\"todo\", foreignKey(\"fk_todo_list\", \"list_id\")"
                + ".references(\"todo_list\", \"id\"))", java(SAFE_FORMS.get(1)).replaceAll("\\s+\\.", "."));
        assertEquals("op.validateConstraint(\"todo\", \"fk_todo_list\")", java(SAFE_FORMS.get(2)));
        assertEquals("op.addCheckNotValid(\"todo\", check(\"ck_todo_rank\", \"rank > 0\"))", java(SAFE_FORMS.get(3)));
        assertEquals("op.setNotNullViaCheck(\"todo\", \"title\")", java(SAFE_FORMS.get(5)));
        assertEquals("op.setNotNullViaCheck(\"todo\", \"rank\", \"0\")", java(SAFE_FORMS.get(6)));
        assertEquals("op.addUniqueConcurrently(\"todo\", unique(\"uk_todo_title\", \"title\", \"list_id\"))",
                java(SAFE_FORMS.get(7)));
        assertEquals("op.addPrimaryKeyConcurrently(\"todo\", primaryKey(\"id\"))", java(SAFE_FORMS.get(8)));
        assertEquals("op.dropIndexConcurrently(\"todo\", \"ix_old\")", java(SAFE_FORMS.get(9)));
    }

    @Test
    void theDowngradeDropsWhatTheSafeFormsAddedAndLeavesOutTheValidation() {
        MigrationPlan plan = new MigrationPlan(SAFE_FORMS.subList(0, 5).stream().map(Change::of).toList());
        List<String> downgrade = plan.downgrade().stream().map(change -> java(change.operation())).toList();

        assertEquals(List.of("op.dropCheck(\"todo\", \"ck_todo_rank\")", "op.dropForeignKey(\"todo\", \"fk_todo_list\")",
                "op.dropIndexConcurrently(\"todo\", \"ix_todo_title\")"), downgrade);
    }

    @Test
    void aGeneratedMigrationWithTheSafeFormsCompilesAndRecordsThemAgain() throws Exception {
        GeneratedMigration migration = new MigrationWriter(MigrationWriterGoldenTest.PACKAGE).write(
                new RevisionHeader("20261201_090000", List.of("20261130_100000"), "safe forms",
                        MigrationWriterGoldenTest.DATE),
                new MigrationPlan(SAFE_FORMS.subList(0, 9).stream().map(Change::of).toList()));
        String className = MigrationWriterGoldenTest.PACKAGE + "." + migration.className();
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(className, migration.source(), classes);
        assertTrue(compiled.success(), () -> compiled.diagnostics() + "\n" + migration.source());
        assertFalse(migration.source().contains("op.validateConstraint(\"todo\", \"fk_todo_list\");\n  }\n}"),
                "the downgrade has no validation:\n" + migration.source());

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Migration instance = (Migration) loader.loadClass(className).getDeclaredConstructor().newInstance();
            assertEquals(SAFE_FORMS.subList(0, 9), OperationRecorder.upgradeOf(instance));
        }
    }
}
