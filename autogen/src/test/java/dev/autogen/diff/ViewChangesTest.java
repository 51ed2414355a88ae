package dev.autogen.diff;

import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.ViewDependencies;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.autogen.diff.Scenarios.base;
import static dev.autogen.diff.Scenarios.todoBuilder;
import static dev.autogen.diff.Scenarios.withTodo;
import static dev.autogen.diff.ViewScenarios.OPEN_COUNT;
import static dev.autogen.diff.ViewScenarios.OPEN_TODO;
import static dev.autogen.diff.ViewScenarios.OPEN_TODO_TITLES;
import static dev.autogen.diff.ViewScenarios.database;
import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Views are created, replaced and dropped in dependency order around the changes to their tables. */
class ViewChangesTest {
    private static final SchemaModel TITLE_AS_TEXT = withTodo(todoBuilder().withoutColumn("title")
            .column(column("title", "text").notNull()));

    private static List<String> described(MigrationPlan plan) {
        return plan.operations().stream().map(MigrationOperation::describe).toList();
    }

    @Test
    void newViewsAreCreatedLastWhatTheyReadFirst() {
        SchemaModel target = SchemaModel.empty().withTables(base().tables()).withViews(List.of(OPEN_COUNT, OPEN_TODO));
        List<MigrationOperation> ops = SchemaDiff.compare(target, SchemaModel.empty()).operations();

        assertEquals(new CreateView(OPEN_TODO), ops.get(ops.size() - 2));
        assertEquals(new CreateView(OPEN_COUNT), ops.get(ops.size() - 1));
    }

    @Test
    void viewsNoEntityMapsAreDroppedFirstReadersFirstWithAReviewNote() {
        MigrationPlan plan = SchemaDiff.compare(SchemaModel.empty(), database(base(), OPEN_TODO, OPEN_COUNT));

        assertEquals(new DropView("open_count", OPEN_COUNT), plan.operations().get(0));
        assertEquals(new DropView("open_todo", OPEN_TODO), plan.operations().get(1));
        assertTrue(plan.reviews().get(0).contains("drops view open_count, which no entity maps any more"),
                plan.reviews()::toString);
    }

    @Test
    void aChangedQueryReplacesTheViewAndRebuildsTheViewsThatReadIt() {
        SchemaModel target = base().withViews(List.of(OPEN_TODO_TITLES, OPEN_COUNT));
        MigrationPlan plan = SchemaDiff.compare(target, database(base(), OPEN_TODO, OPEN_COUNT));

        assertEquals(List.of(new DropView("open_count", OPEN_COUNT), new ReplaceView(OPEN_TODO_TITLES, OPEN_TODO),
                new CreateView(OPEN_COUNT)), plan.operations());
    }

    @Test
    void identicalViewsPlanNothing() {
        assertTrue(SchemaDiff.compare(database(base(), OPEN_TODO, OPEN_COUNT), database(base(), OPEN_TODO, OPEN_COUNT))
                .isEmpty());
    }

    @Test
    void aViewIsDroppedAndCreatedAgainAroundATypeChangeOfAColumnItReads() {
        SchemaModel target = TITLE_AS_TEXT.withViews(List.of(OPEN_TODO, OPEN_COUNT));
        List<String> ops = described(SchemaDiff.compare(target, database(base(), OPEN_TODO, OPEN_COUNT)));

        assertEquals(List.of("drop view open_count", "drop view open_todo", "alter column todo.title type varchar(255) -> text",
                "create view open_todo", "create view open_count"), ops.stream()
                .filter(op -> op.contains("view") || op.contains("type")).toList());
    }

    @Test
    void aTypeChangeOfAColumnNoViewReadsLeavesTheViewsAlone() {
        SchemaModel target = withTodo(todoBuilder().withoutColumn("list_id").column(column("list_id", "numeric(20)")
                .notNull())).withViews(List.of(OPEN_TODO));
        List<String> ops = described(SchemaDiff.compare(target, database(base(), OPEN_TODO)));

        assertTrue(ops.stream().noneMatch(op -> op.contains("view")), ops::toString);
    }

    @Test
    void anUnmanagedViewIsLeftAloneAndRestoredExactlyAroundAChangeItBlocks() {
        SchemaModel current = database(base(), OPEN_TODO);
        assertTrue(SchemaDiff.compare(base(), current, Renames.none(), DdlForm.PLAIN, Set.of("open_todo")).isEmpty());

        MigrationPlan plan = SchemaDiff.compare(TITLE_AS_TEXT, current, Renames.none(), DdlForm.PLAIN,
                Set.of("open_todo"));
        List<MigrationOperation> ops = plan.operations();
        assertEquals(new DropView("open_todo", OPEN_TODO, true), ops.get(0));
        assertEquals(new CreateView(OPEN_TODO), ops.get(ops.size() - 1));
        assertTrue(plan.reviews().get(0).contains("changes type from varchar(255) to text"), plan.reviews()::toString);
    }

    @Test
    void anUnmanagedViewOverADroppedTableIsDroppedAndTheDowngradeRestoresIt() {
        ViewDef overList = new ViewDef("list_names", "SELECT list.name FROM list");
        SchemaModel current = base().withViews(List.of(overList)).withViewDependencies(ViewDependencies.of(List.of(
                new ViewDependencies.Edge("list_names", "list", "name"))));
        MigrationPlan plan = SchemaDiff.compare(SchemaModel.empty(), current, Renames.none(), DdlForm.PLAIN,
                Set.of("list_names"));

        assertEquals(new DropView("list_names", overList, true), plan.operations().get(0));
        assertTrue(plan.operations().stream().noneMatch(CreateView.class::isInstance));
        assertEquals(new CreateView(overList), plan.downgrade().get(plan.downgrade().size() - 1).operation());
    }

    @Test
    void aChangedViewOverARenamedTableIsDroppedBeforeTheRenameSoThatTheDowngradeWorks() {
        ViewDef before = new ViewDef("list_names", "SELECT list.name FROM list");
        ViewDef after = new ViewDef("list_names", "SELECT board.name FROM board");
        SchemaModel current = base().withViews(List.of(before)).withViewDependencies(ViewDependencies.of(List.of(
                new ViewDependencies.Edge("list_names", "list", "name"))));
        Map<String, TableModel> tables = new TreeMap<>(base().tables());
        TableModel list = tables.remove("list");
        tables.put("board", new TableModel("board", list.columns(), list.primaryKey(),
                list.uniques(), list.indexes(), list.foreignKeys(), list.checks(), list.comment()));
        MigrationPlan plan = SchemaDiff.compare(base().withTables(tables).withViews(List.of(after)), current,
                Renames.of(List.of("list=board")), DdlForm.PLAIN);
        List<String> ops = described(plan);

        assertEquals("drop view list_names", ops.get(0));
        assertEquals("create view list_names", ops.get(ops.size() - 1));
    }
}
