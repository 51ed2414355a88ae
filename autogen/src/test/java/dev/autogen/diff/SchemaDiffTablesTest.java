package dev.autogen.diff;

import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.TableDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.diff.Scenarios.LIST_SEQ;
import static dev.autogen.diff.Scenarios.list;
import static dev.autogen.diff.Scenarios.todo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole tables and sequences created or dropped. */
class SchemaDiffTablesTest {
    @Test
    void newTablesAreCreatedWithTheirIndexesAndForeignKeysAfterAllCreates() {
        MigrationPlan plan = SchemaDiff.compare(Scenarios.base(), SchemaModel.empty());

        assertEquals(List.of(
                new CreateSequence(LIST_SEQ),
                new CreateTable(list().toTableDef()),
                new CreateTable(todo().toTableDef()),
                new CreateIndex("todo", todo().indexes().get(0)),
                new AddForeignKey("todo", todo().foreignKeys().get(0))), plan.operations());
        assertTrue(plan.reviews().isEmpty(), () -> "creating tables needs no review: " + plan.reviews());
    }

    @Test
    void createdTableCarriesColumnsKeyUniquesAndChecks() {
        CreateTable create = (CreateTable) SchemaDiff.compare(Scenarios.base(), SchemaModel.empty()).operations().get(2);

        TableDef definition = create.definition();
        assertEquals("todo", definition.name());
        assertEquals(todo().columns(), definition.columns());
        assertEquals(todo().primaryKey(), definition.primaryKey());
        assertEquals(todo().checks(), definition.checks());
    }

    @Test
    void droppedTablesLoseForeignKeysThenIndexesThenTheTableWithItsFullDefinition() {
        MigrationPlan plan = SchemaDiff.compare(SchemaModel.empty(), Scenarios.base());

        TableModel todo = todo();
        assertEquals(List.of(
                new DropForeignKey("todo", "fk_todo_list", todo.foreignKeys().get(0)),
                new DropIndex("todo", "idx_todo_title", todo.indexes().get(0)),
                new DropTable("list", list().toTableDef()),
                new DropTable("todo", todo.toTableDef()),
                new DropSequence("list_seq", LIST_SEQ)), plan.operations());
    }

    @Test
    void droppedTableCarriesEverythingNeededToCreateItAgain() {
        DropTable drop = SchemaDiff.compare(SchemaModel.empty(), Scenarios.base()).operations().stream()
                .filter(op -> op instanceof DropTable d && d.table().equals("list"))
                .map(DropTable.class::cast).findFirst().orElseThrow();

        assertNotNull(drop.previous());
        assertEquals(list().columns(), drop.previous().columns());
        assertEquals(list().uniques(), drop.previous().uniques());
        assertEquals(list().primaryKey(), drop.previous().primaryKey());
    }

    @Test
    void droppingATableIsFlaggedForReview() {
        MigrationPlan plan = SchemaDiff.compare(SchemaModel.empty(), Scenarios.base());

        Change dropTodo = plan.upgrade().stream()
                .filter(c -> c.operation() instanceof DropTable d && d.table().equals("todo")).findFirst().orElseThrow();
        assertNotNull(dropTodo.review());
        assertTrue(dropTodo.review().contains("todo"), dropTodo.review());
        Change dropSequence = plan.upgrade().get(plan.upgrade().size() - 1);
        assertTrue(dropSequence.review().contains("list_seq"), dropSequence.review());
    }

    @Test
    void creatingATableHasAReviewOnlyForTheDowngrade() {
        Change create = SchemaDiff.compare(Scenarios.base(), SchemaModel.empty()).upgrade().get(1);

        assertNull(create.review());
        assertNotNull(create.reverseReview());
        assertTrue(create.reverseReview().contains("list"), create.reverseReview());
    }

    @Test
    void identicalModelsGiveAnEmptyPlan() {
        MigrationPlan plan = SchemaDiff.compare(Scenarios.base(), Scenarios.base());

        assertTrue(plan.isEmpty(), () -> "expected no operations: " + plan.operations());
        assertTrue(plan.downgrade().isEmpty());
    }

    @Test
    void emptyModelsGiveAnEmptyPlan() {
        assertTrue(SchemaDiff.compare(SchemaModel.empty(), SchemaModel.empty()).isEmpty());
    }

    @Test
    void addedSequenceIsCreatedAndDroppedSequenceDropped() {
        assertEquals(List.of(new CreateSequence(Scenarios.sequenceTodo())),
                Scenarios.get("add sequence").plan().operations());
        assertEquals(List.of(new DropSequence("list_seq", LIST_SEQ)),
                Scenarios.get("drop sequence").plan().operations());
    }
}
