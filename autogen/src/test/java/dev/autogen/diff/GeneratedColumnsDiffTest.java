package dev.autogen.diff;

import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddColumnExpression;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropColumnExpression;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.diff.Scenarios.todoBuilder;
import static dev.autogen.diff.Scenarios.withTodo;
import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored generated columns: compared by normalized expression, rebuilt in an order PostgreSQL accepts. */
class GeneratedColumnsDiffTest {
    private static List<MigrationOperation> plan(String scenario) {
        return Scenarios.get(scenario).plan(DdlForm.PLAIN).operations();
    }

    private static SchemaModel withTotal(String type, String expression) {
        return withTodo(todoBuilder().column(column("price", "numeric(10,2)")).column(column("qty", "integer"))
                .column(column("total", type).generatedAs(expression)));
    }

    @Test
    void catalogSpellingOfTheExpressionIsNoChange() {
        assertTrue(SchemaDiff.compare(withTotal("numeric(10,2)", "price * qty"),
                withTotal("numeric(10,2)", "(price * (qty)::numeric)")).isEmpty());
    }

    @Test
    void generatedColumnIsNotReadAsADefault() {
        MigrationPlan plan = SchemaDiff.compare(withTotal("numeric(10,2)", "price * qty"),
                withTotal("numeric(10,2)", "price * qty * 2"));
        assertTrue(plan.operations().stream().noneMatch(op -> op instanceof AlterColumnDefault), plan.operations()::toString);
    }

    @Test
    void addedGeneratedColumnNeedsNoBackfill() {
        List<MigrationOperation> ops = plan("add generated column");
        assertEquals(1, ops.size(), ops::toString);
        AddColumn add = assertInstanceOf(AddColumn.class, ops.get(0));
        assertEquals("price * qty", add.column().generatedAs());
        assertNull(add.column().backfill());
    }

    @Test
    void changedExpressionDropsTheColumnBeforeItsSourceIsRetypedAndAddsItAfter() {
        List<MigrationOperation> ops = plan("change generation expression");
        assertEquals(3, ops.size(), ops::toString);
        assertInstanceOf(DropColumn.class, ops.get(0));
        assertInstanceOf(AlterColumnType.class, ops.get(1));
        assertEquals("price * qty * 2", assertInstanceOf(AddColumn.class, ops.get(2)).column().generatedAs());
    }

    @Test
    void generatedColumnDroppedBeforeTheColumnItReads() {
        List<MigrationOperation> ops = plan("drop generated column and its source");
        assertEquals(List.of("total", "qty"), ops.stream().map(op -> ((DropColumn) op).column()).toList());
        assertTrue(Scenarios.get("drop generated column and its source").plan().upgrade().get(0).review() == null);
    }

    @Test
    void generatedToPlainKeepsTheValues() {
        MigrationPlan plan = Scenarios.get("generated column to plain").plan(DdlForm.PLAIN);
        assertEquals(1, plan.upgrade().size(), plan.operations()::toString);
        Change change = plan.upgrade().get(0);
        assertInstanceOf(DropColumnExpression.class, change.operation());
        assertNull(change.review());
        assertTrue(change.reverseReview().contains("downgrade replaces the values of todo.total"), change.reverseReview());
        assertInstanceOf(AddColumnExpression.class, plan.downgrade().get(0).operation());
    }

    @Test
    void plainToGeneratedDropsTheDefaultThenRebuildsWithAReview() {
        MigrationPlan plan = Scenarios.get("plain column to generated").plan(DdlForm.PLAIN);
        assertEquals(2, plan.upgrade().size(), plan.operations()::toString);
        assertInstanceOf(AlterColumnDefault.class, plan.upgrade().get(0).operation());
        Change rebuild = plan.upgrade().get(1);
        assertInstanceOf(AddColumnExpression.class, rebuild.operation());
        assertTrue(rebuild.review().contains("the values it holds now are lost"), rebuild.review());
        assertInstanceOf(DropColumnExpression.class, plan.downgrade().get(0).operation());
    }

    private static List<String> briefs(String scenario) {
        return plan(scenario).stream().map(op -> op.getClass().getSimpleName() + " " + name(op)).toList();
    }

    private static String name(MigrationOperation op) {
        return switch (op.getClass().getSimpleName()) {
            case "DropIndex" -> ((dev.autogen.runtime.ops.DropIndex) op).name();
            case "CreateIndex" -> ((dev.autogen.runtime.ops.CreateIndex) op).index().name();
            case "DropUnique" -> ((dev.autogen.runtime.ops.DropUnique) op).name();
            case "AddUnique" -> ((dev.autogen.runtime.ops.AddUnique) op).unique().name();
            case "DropCheck" -> ((dev.autogen.runtime.ops.DropCheck) op).name();
            case "AddCheck" -> ((dev.autogen.runtime.ops.AddCheck) op).check().name();
            default -> "";
        };
    }

    @Test
    void rebuiltGeneratedColumnTakesItsIndexUniqueAndCheckAlong() {
        assertEquals(List.of("DropIndex idx_todo_total", "DropUnique uk_todo_total", "DropCheck todo_total_check",
                "DropColumn ", "AddColumn ", "CreateIndex idx_todo_total", "AddUnique uk_todo_total",
                "AddCheck todo_total_check"), briefs("indexed generated column changes expression"));
    }

    @Test
    void plainColumnTurnedGeneratedTakesItsDependentsAlong() {
        assertEquals(List.of("DropIndex idx_todo_total", "DropUnique uk_todo_total", "DropCheck todo_total_check",
                "AddColumnExpression ", "CreateIndex idx_todo_total", "AddUnique uk_todo_total",
                "AddCheck todo_total_check"), briefs("plain column with dependents to generated"));
    }

    @Test
    void generatedColumnTurnedPlainDropsItsDependentsBeforeSoTheDowngradeRebuildsThem() {
        MigrationPlan plan = Scenarios.get("generated column with dependents to plain").plan(DdlForm.PLAIN);
        List<String> down = plan.downgrade().stream().map(c -> c.operation().getClass().getSimpleName()).toList();
        assertTrue(down.indexOf("AddColumnExpression") < down.indexOf("CreateIndex"), down::toString);
        assertTrue(down.indexOf("AddColumnExpression") > down.indexOf("DropIndex"), down::toString);
        assertTrue(down.indexOf("AddColumnExpression") < down.indexOf("AddUnique"), down::toString);
        assertTrue(down.indexOf("AddColumnExpression") < down.indexOf("AddCheck"), down::toString);
    }

    @Test
    void reAddedUniqueNotesThatRecomputedValuesMayBreakIt() {
        Change unique = Scenarios.get("indexed generated column changes expression").plan(DdlForm.PLAIN).upgrade()
                .stream().filter(c -> c.operation() instanceof dev.autogen.runtime.ops.AddUnique).findFirst().orElseThrow();
        assertTrue(unique.review().contains("todo.total is recomputed"), unique.review());
    }

    @Test
    void viewsReadingARebuiltGeneratedColumnAreDroppedBeforeAndCreatedAgainAfter() {
        dev.autogen.runtime.ops.ViewDef totals = new dev.autogen.runtime.ops.ViewDef("totals", "SELECT todo.total FROM todo");
        SchemaModel current = Scenarios.withTotalAndDependents("price * qty").withViews(List.of(totals))
                .withViewDependencies(dev.autogen.schema.ViewDependencies.of(List.of(
                        new dev.autogen.schema.ViewDependencies.Edge("totals", "todo", "total"))));
        for (String expression : new String[] {"price * qty * 2", null}) {
            SchemaModel target = Scenarios.withTotalAndDependents(expression);
            List<MigrationOperation> ops = SchemaDiff.compare(target, current, Renames.none(), DdlForm.PLAIN,
                    java.util.Set.of("totals")).operations();
            assertInstanceOf(dev.autogen.runtime.ops.DropView.class, ops.get(0), ops::toString);
            assertEquals(totals, assertInstanceOf(dev.autogen.runtime.ops.CreateView.class, ops.get(ops.size() - 1)).view());
        }
    }
}
