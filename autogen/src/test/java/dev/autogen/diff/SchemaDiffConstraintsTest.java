package dev.autogen.diff;

import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.autogen.diff.Scenarios.list;
import static dev.autogen.diff.Scenarios.todo;
import static dev.autogen.diff.Scenarios.todoBuilder;
import static dev.autogen.diff.Scenarios.withTodo;
import static dev.autogen.diff.TableBuilder.schema;
import static dev.autogen.diff.TableBuilder.table;
import static dev.autogen.runtime.Ddl.check;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.foreignKey;
import static dev.autogen.runtime.Ddl.index;
import static dev.autogen.runtime.Ddl.primaryKey;
import static dev.autogen.runtime.Ddl.unique;
import static dev.autogen.runtime.Ddl.uniqueIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys, uniques, indexes, foreign keys and checks added or dropped by name on an existing table. */
class SchemaDiffConstraintsTest {
    private static List<MigrationOperation> ops(String scenario) {
        return Scenarios.get(scenario).plan(DdlForm.PLAIN).operations();
    }

    @Test
    void addedUnique() {
        assertEquals(List.of(new AddUnique("todo", unique("todo_title_key", "title"))), ops("add unique"));
    }

    @Test
    void droppedUnique() {
        assertEquals(List.of(new DropUnique("list", "list_name_key", unique("list_name_key", "name"))),
                ops("drop unique"));
    }

    @Test
    void uniqueWithTheSameNameOnOtherColumnsIsDroppedAndAddedAgain() {
        assertEquals(List.of(
                new DropUnique("list", "list_name_key", unique("list_name_key", "name")),
                new AddUnique("list", unique("list_name_key", "name", "id"))), ops("change unique columns"));
    }

    @Test
    void addedAndDroppedIndex() {
        assertEquals(List.of(new CreateIndex("todo", uniqueIndex("idx_todo_status", "status"))), ops("add index"));
        assertEquals(List.of(new DropIndex("todo", "idx_todo_title", index("idx_todo_title", "title"))),
                ops("drop index"));
    }

    @Test
    void indexThatBecomesUniqueIsRecreated() {
        SchemaModel target = withTodo(todoBuilder().withoutIndex("idx_todo_title")
                .index(uniqueIndex("idx_todo_title", "title")));

        assertEquals(List.of(
                new DropIndex("todo", "idx_todo_title", index("idx_todo_title", "title")),
                new CreateIndex("todo", uniqueIndex("idx_todo_title", "title"))),
                PlainPlans.compare(target, Scenarios.base()).operations());
    }

    @Test
    void foreignKeyRenamedWithCascadeIsDroppedFirstAndAddedLast() {
        assertEquals(List.of(
                new DropForeignKey("todo", "fk_todo_list", todo().foreignKeys().get(0)),
                new AddForeignKey("todo", foreignKey("fk_todo_list_cascade", "list_id").references("list", "id")
                        .onDelete(ForeignKeyAction.CASCADE))), ops("add foreign key on delete cascade"));
    }

    @Test
    void foreignKeyWhoseDeleteActionChangedIsRecreated() {
        List<MigrationOperation> ops = ops("change foreign key action");

        assertEquals(2, ops.size(), ops::toString);
        assertEquals(new DropForeignKey("todo", "fk_todo_list", todo().foreignKeys().get(0)), ops.get(0));
        AddForeignKey add = (AddForeignKey) ops.get(1);
        assertEquals(ForeignKeyAction.CASCADE, add.foreignKey().onDelete());
    }

    @Test
    void foreignKeyToAnotherTableIsRecreated() {
        SchemaModel target = schema(List.of(list(), table("other").column(column("id", "bigint").notNull())
                .primaryKey(primaryKey("id")).build(), todoBuilder().withoutForeignKey("fk_todo_list")
                .foreignKey(foreignKey("fk_todo_list", "list_id").references("other", "id")).build()),
                List.of(Scenarios.LIST_SEQ));

        List<MigrationOperation> ops = PlainPlans.compare(target, Scenarios.base()).operations();

        assertEquals(List.of(DropForeignKey.class, dev.autogen.runtime.ops.CreateTable.class, AddForeignKey.class),
                ops.stream().map(Object::getClass).toList());
    }

    @Test
    void droppedForeignKey() {
        assertEquals(List.of(new DropForeignKey("todo", "fk_todo_list", todo().foreignKeys().get(0))),
                ops("drop foreign key"));
    }

    @Test
    void addedAndDroppedCheck() {
        assertEquals(List.of(new AddCheck("todo", check("todo_title_check", "length(title) > 0"))), ops("add check"));
        assertEquals(List.of(new DropCheck("todo", "todo_status_check", todo().checks().get(0))), ops("drop check"));
    }

    @Test
    void checkWithNewAllowedValuesIsDroppedAndAddedAgain() {
        assertEquals(List.of(
                new DropCheck("todo", "todo_status_check", check("todo_status_check", "status in ('OPEN','DONE')")),
                new AddCheck("todo", check("todo_status_check", "status in ('OPEN','DONE','ARCHIVED')"))),
                ops("change enum check values"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "((status)::text = ANY ((ARRAY['OPEN'::character varying, 'DONE'::character varying])::text[]))",
        "status in ('DONE', 'OPEN')",
        "STATUS IN ('OPEN','DONE')",
    })
    void checkSpelledDifferentlyIsNotAChange(String currentSpelling) {
        SchemaModel current = withTodo(todoBuilder().withoutCheck("todo_status_check")
                .check(check("todo_status_check", currentSpelling)));

        MigrationPlan plan = PlainPlans.compare(Scenarios.base(), current);

        assertTrue(plan.isEmpty(), () -> currentSpelling + " gave " + plan.operations());
    }

    @Test
    void checkWhoseShapeIsNotRecognizedIsNotReportedAsChanged() {
        SchemaModel target = withTodo(todoBuilder().check(check("todo_title_check", "length(title) > 0")));
        SchemaModel current = withTodo(todoBuilder().check(check("todo_title_check", "(length((title)::text) > 0)")));

        assertTrue(PlainPlans.compare(target, current).isEmpty());
    }

    @Test
    void ordinalRangeThatGrewIsAChangeAndTheCatalogSpellingIsNot() {
        TableModel tiered = todoBuilder().column(column("tier", "smallint"))
                .check(check("todo_tier_check", "tier between 0 and 2")).build();
        SchemaModel catalog = withTodo(todoBuilder().column(column("tier", "smallint"))
                .check(check("todo_tier_check", "((tier >= 0) AND (tier <= 2))")));
        SchemaModel grown = withTodo(todoBuilder().column(column("tier", "smallint"))
                .check(check("todo_tier_check", "tier between 0 and 3")));

        assertTrue(PlainPlans.compare(withTodo(tiered), catalog).isEmpty());
        assertEquals(List.of(DropCheck.class, AddCheck.class),
                PlainPlans.compare(grown, catalog).operations().stream().map(Object::getClass).toList());
    }

    @Test
    void unnamedPrimaryKeyEqualsTheCatalogDefaultName() {
        SchemaModel current = withTodo(todoBuilder().primaryKey(primaryKey("id").named("todo_pkey")));

        assertTrue(PlainPlans.compare(Scenarios.base(), current).isEmpty());
        assertTrue(PlainPlans.compare(current, Scenarios.base()).isEmpty());
    }

    @Test
    void unnamedPrimaryKeyOfQualifiedAndQuotedTablesEqualsTheCatalogDefaultName() {
        TableModel invoice = table("billing.invoice").column(column("id", "bigint").notNull())
                .primaryKey(primaryKey("id")).build();
        TableModel audit = table("AuditEntry").column(column("id", "bigint").notNull())
                .primaryKey(primaryKey("id")).build();
        SchemaModel catalog = schema(
                TableBuilder.from(invoice).primaryKey(primaryKey("id").named("invoice_pkey")).build(),
                TableBuilder.from(audit).primaryKey(primaryKey("id").named("AuditEntry_pkey")).build());

        assertTrue(PlainPlans.compare(schema(invoice, audit), catalog).isEmpty(),
                () -> PlainPlans.compare(schema(invoice, audit), catalog).operations().toString());
    }

    @Test
    void primaryKeyWithAnotherNameIsRenamed() {
        SchemaModel current = withTodo(todoBuilder().primaryKey(primaryKey("id").named("todo_key_old")));

        assertEquals(List.of(new RenameConstraint("todo", "todo_key_old", "todo_pkey")),
                PlainPlans.compare(Scenarios.base(), current).operations());
    }

    @Test
    void primaryKeyOnOtherColumnsIsDroppedAndAdded() {
        PrimaryKeyDef old = primaryKey("id");

        assertEquals(List.of(
                new DropPrimaryKey("todo", null, old),
                new AddPrimaryKey("todo", primaryKey("id", "list_id"))), ops("change primary key"));
    }

    @Test
    void primaryKeyAddedAndDropped() {
        SchemaModel keyless = withTodo(todoBuilder().primaryKey(null));

        assertEquals(List.of(new AddPrimaryKey("todo", primaryKey("id"))),
                PlainPlans.compare(Scenarios.base(), keyless).operations());
        assertEquals(List.of(new DropPrimaryKey("todo", null, primaryKey("id"))),
                PlainPlans.compare(keyless, Scenarios.base()).operations());
    }
}
