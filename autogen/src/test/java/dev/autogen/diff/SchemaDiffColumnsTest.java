package dev.autogen.diff;

import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.MigrationOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.autogen.diff.Scenarios.todo;
import static dev.autogen.diff.Scenarios.todoBuilder;
import static dev.autogen.diff.Scenarios.withTodo;
import static dev.autogen.runtime.Ddl.check;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Columns added or dropped on an existing table, and the backfill of {@code NOT NULL} columns. */
class SchemaDiffColumnsTest {
    private static Change single(String scenario) {
        MigrationPlan plan = Scenarios.get(scenario).plan();
        assertEquals(1, plan.upgrade().size(), () -> scenario + ": " + plan.operations());
        return plan.upgrade().get(0);
    }

    private static AddColumn addColumn(Change change) {
        return (AddColumn) change.operation();
    }

    @Test
    void nullableColumnIsAddedWithoutBackfillOrReview() {
        Change change = single("add nullable column");

        assertEquals(new AddColumn("todo", column("due_at", "date")), change.operation());
        assertNull(addColumn(change).column().backfill());
        assertNull(change.review());
    }

    @Test
    void addedColumnIsFlaggedWhenTheDowngradeDropsIt() {
        Change change = single("add nullable column");

        assertNotNull(change.reverseReview());
        assertTrue(change.reverseReview().contains("todo.due_at"), change.reverseReview());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "add not null boolean, false, done",
        "add not null int, 0, priority",
        "add not null numeric, 0, estimate",
    })
    void notNullBooleanAndNumberColumnsAreBackfilledWithZeroWithoutReview(String scenario, String backfill,
                                                                          String columnName) {
        Change change = single(scenario);

        AddColumn add = addColumn(change);
        assertEquals(columnName, add.column().name());
        assertEquals(backfill, add.column().backfill());
        assertEquals(add.column().withoutBackfill(), todoColumnOf(scenario, columnName));
        assertNull(change.review(), change.review());
    }

    @Test
    void notNullVarcharIsBackfilledWithAnEmptyStringPlaceholderForReview() {
        Change change = single("add not null varchar");

        assertEquals("''", addColumn(change).column().backfill());
        assertNotNull(change.review());
        assertTrue(change.review().contains("todo.owner"), change.review());
    }

    @Test
    void notNullColumnWithAnAllowedValueListIsBackfilledWithTheFirstValue() {
        Change change = Scenarios.get("add not null checked column").plan().upgrade().stream()
                .filter(c -> c.operation() instanceof AddColumn).findFirst().orElseThrow();

        assertEquals("'A'", addColumn(change).column().backfill());
        assertNotNull(change.review());
        assertTrue(change.review().contains("todo.kind"), change.review());
    }

    @Test
    void allowedValueListInTheCatalogSpellingAlsoGivesTheFirstValue() {
        var target = withTodo(todoBuilder().column(column("kind", "varchar(8)").notNull())
                .check(check("todo_kind_check",
                        "((kind)::text = ANY ((ARRAY['B'::character varying, 'A'::character varying])::text[]))")));

        Change change = SchemaDiff.compare(target, Scenarios.base()).upgrade().stream()
                .filter(c -> c.operation() instanceof AddColumn).findFirst().orElseThrow();

        assertEquals("'B'", addColumn(change).column().backfill());
    }

    @Test
    void allowedValuesOfAnotherColumnAreNotUsed() {
        var current = withTodo(todoBuilder().column(column("subkind", "varchar(8)"))
                .check(check("todo_subkind_check", "subkind in ('X','Y')")));
        var target = withTodo(todoBuilder().column(column("subkind", "varchar(8)"))
                .check(check("todo_subkind_check", "subkind in ('X','Y')"))
                .column(column("kind", "varchar(8)").notNull()));

        Change change = SchemaDiff.compare(target, current).upgrade().get(0);

        assertEquals("''", addColumn(change).column().backfill(),
                "the subkind check must not give kind its values");
    }

    @Test
    void notNullForeignKeyColumnIsBackfilledWithASubqueryForReview() {
        Change change = Scenarios.get("add not null foreign key column").plan().upgrade().stream()
                .filter(c -> c.operation() instanceof AddColumn).findFirst().orElseThrow();

        assertEquals("(SELECT min(id) FROM list)", addColumn(change).column().backfill());
        assertNotNull(change.review());
        assertTrue(change.review().contains("parent_list_id"), change.review());
    }

    @Test
    void notNullColumnWithDefaultNeedsNoBackfill() {
        Change change = single("add not null column with default");

        assertNull(addColumn(change).column().backfill());
        assertNull(change.review());
    }

    @Test
    void notNullIdentityColumnNeedsNoBackfill() {
        var target = withTodo(todoBuilder().column(column("seq", "bigint").notNull().generatedByDefaultAsIdentity()));

        Change change = SchemaDiff.compare(target, Scenarios.base()).upgrade().get(0);

        assertNull(addColumn(change).column().backfill());
    }

    @Test
    void notNullZeroBackfillOnAUniqueColumnIsFlagged() {
        var target = withTodo(todoBuilder().column(column("rank", "integer").notNull())
                .unique(unique("todo_rank_key", "rank")));

        Change change = SchemaDiff.compare(target, Scenarios.base()).upgrade().get(0);

        assertEquals("0", addColumn(change).column().backfill());
        assertNotNull(change.review(), "every row getting 0 breaks the unique constraint");
    }

    @Test
    void droppedColumnCarriesItsDefinitionAndAReviewNamingTableAndColumn() {
        MigrationPlan plan = Scenarios.get("drop nullable column").plan();

        ColumnDef status = todo().column("status").orElseThrow();
        assertEquals(List.<MigrationOperation>of(
                new DropCheck("todo", "todo_status_check", todo().checks().get(0)),
                new DropColumn("todo", "status", status)), plan.operations());
        Change drop = plan.upgrade().get(1);
        assertNotNull(drop.review());
        assertTrue(drop.review().contains("todo.status"), drop.review());
        assertNull(drop.reverseReview(), "adding a nullable column back needs no review");
    }

    @Test
    void droppedNotNullColumnCarriesTheBackfillItsDowngradeNeeds() {
        MigrationPlan plan = Scenarios.get("drop not null column").plan();

        assertEquals(List.of(DropIndex.class, DropColumn.class),
                plan.operations().stream().map(Object::getClass).toList());
        Change drop = plan.upgrade().get(1);
        DropColumn op = (DropColumn) drop.operation();
        assertEquals("title", op.column());
        assertEquals(todo().column("title").orElseThrow().backfill("''"), op.previous());
        assertTrue(drop.review().contains("todo.title"), drop.review());
        assertNotNull(drop.reverseReview(), "the downgrade fills existing rows with a placeholder");
    }

    private static ColumnDef todoColumnOf(String scenario, String columnName) {
        return Scenarios.get(scenario).target().tables().get("todo").column(columnName).orElseThrow();
    }
}
