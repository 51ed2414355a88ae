package dev.autogen.diff;

import dev.autogen.codegen.GeneratedMigration;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.codegen.RevisionHeader;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.OperationRecorder;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.testing.InMemoryCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static dev.autogen.diff.Scenarios.todoBuilder;
import static dev.autogen.diff.Scenarios.withTodo;
import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the whole-column form each change to an existing column carries the column as it is just before it,
 * for dialects that restate the whole column; the parts form, the default, carries none.
 */
class ColumnChangesWholeColumnTest {
    private static final ColumnDef BEFORE = column("rank", "varchar(10)").defaultValue("'1'::character varying")
            .comment("old");
    private static final SchemaModel CURRENT = withTodo(todoBuilder().column(BEFORE));
    private static final SchemaModel TARGET = withTodo(todoBuilder().column(column("rank", "integer").notNull()
            .defaultValue("1").comment("new")));

    private static MigrationPlan plan(DdlForm form, ColumnChangeForm columnForm) {
        return SchemaDiff.compare(TARGET, CURRENT, Renames.none(), form, Set.of(), columnForm);
    }

    private static Object existing(MigrationOperation operation) {
        try {
            return operation.getClass().getMethod("existing").invoke(operation);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(operation + " carries no existing column", e);
        }
    }

    @Test
    void eachChangeCarriesTheColumnAsItIsBeforeIt() {
        List<MigrationOperation> operations = plan(DdlForm.PLAIN, ColumnChangeForm.WHOLE_COLUMN).operations();

        ColumnDef withoutDefault = BEFORE.defaultValue(null);
        ColumnDef integer = withoutDefault.withType("integer");
        ColumnDef withDefault = integer.defaultValue("1");
        assertEquals(List.of(BEFORE, withoutDefault, integer, withDefault, withDefault.notNull()),
                operations.stream().map(ColumnChangesWholeColumnTest::existing).toList(), operations.toString());
    }

    @Test
    void anIdentityChangeCarriesTheColumnWithItsIdentityAndThenWithout() {
        ColumnDef byDefault = column("id", "bigint").notNull().generatedByDefaultAsIdentity();
        ColumnDef always = byDefault.generatedAlwaysAsIdentity();
        TableModel current = TableBuilder.table("todo").column(byDefault).build();
        TableModel target = TableBuilder.table("todo").column(always).build();

        List<Change> changes = ColumnChanges.compare(ComparisonRules.postgres(), target, always, current, byDefault,
                ColumnChangeForm.WHOLE_COLUMN);

        assertEquals(List.of(new DropIdentity("todo", "id", Identity.BY_DEFAULT, byDefault),
                new AddIdentity("todo", "id", Identity.ALWAYS, byDefault.withIdentity(Identity.NONE))),
                changes.stream().map(Change::operation).toList());
    }

    @Test
    void thePartsFormIsTheDefaultAndCarriesNoColumn() {
        MigrationPlan parts = plan(DdlForm.PLAIN, ColumnChangeForm.PARTS);

        assertEquals(PlainPlans.compare(TARGET, CURRENT), parts);
        parts.operations().forEach(op -> assertNull(existing(op), op.describe()));
    }

    @Test
    void postgresqlRunsTheSameSqlForBothForms() {
        PostgresDialect dialect = new PostgresDialect();
        List<MigrationOperation> parts = plan(DdlForm.PLAIN, ColumnChangeForm.PARTS).operations();
        List<MigrationOperation> whole = plan(DdlForm.PLAIN, ColumnChangeForm.WHOLE_COLUMN).operations();

        assertEquals(parts.size(), whole.size());
        for (int i = 0; i < parts.size(); i++) {
            assertEquals(dialect.toSql(parts.get(i)), dialect.toSql(whole.get(i)), parts.get(i).describe());
        }
    }

    @Test
    void theLockSafeNotNullKeepsTheColumn() {
        List<MigrationOperation> operations = plan(DdlForm.LOCK_SAFE, ColumnChangeForm.WHOLE_COLUMN).operations();

        SetNotNullViaCheck notNull = assertInstanceOf(SetNotNullViaCheck.class, operations.stream()
                .filter(SetNotNullViaCheck.class::isInstance).findFirst().orElseThrow(), operations.toString());
        assertEquals(BEFORE.withType("integer").defaultValue("1"), notNull.existing());
    }

    /**
     * The upgrade records exactly the planned changes; the downgrade records the same existing columns and
     * SQL, without what only a reverse would use (a drop-not-null's backfill, the reverse conversion).
     */
    @Test
    void theWrittenMigrationRecordsTheSameChangesBothWays(@TempDir Path dir) throws Exception {
        MigrationPlan plan = plan(DdlForm.PLAIN, ColumnChangeForm.WHOLE_COLUMN);
        GeneratedMigration written = new MigrationWriter("wholecolumn").write(new RevisionHeader("20261203_000001",
                List.of(), "whole column", LocalDate.of(2026, 12, 3)), plan);
        String className = "wholecolumn." + written.className();
        assertTrue(written.source().contains("op.alterColumnType(\"todo\", column(\"rank\", \"varchar(10)\")"),
                written.source());

        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(className, written.source(), dir);
        assertTrue(compiled.success(), compiled.diagnostics() + "\n" + written.source());
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, getClass().getClassLoader())) {
            Migration migration = (Migration) loader.loadClass(className).getDeclaredConstructor().newInstance();
            assertEquals(plan.operations(), OperationRecorder.upgradeOf(migration));
            List<MigrationOperation> downgrade = plan.downgrade().stream().map(Change::operation).toList();
            List<MigrationOperation> recorded = OperationRecorder.downgradeOf(migration);
            assertEquals(downgrade.stream().map(ColumnChangesWholeColumnTest::existing).toList(),
                    recorded.stream().map(ColumnChangesWholeColumnTest::existing).toList());
            PostgresDialect dialect = new PostgresDialect();
            assertEquals(downgrade.stream().map(dialect::toSql).toList(), recorded.stream().map(dialect::toSql).toList());
        }
    }
}
