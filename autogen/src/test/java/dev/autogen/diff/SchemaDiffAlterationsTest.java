package dev.autogen.diff;

import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.AlterSequence;
import dev.autogen.runtime.ops.AlterTableComment;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSchema;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropSchema;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.autogen.diff.Scenarios.todoBuilder;
import static dev.autogen.diff.Scenarios.withTodo;
import static dev.autogen.diff.TableBuilder.schema;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Existing columns, sequences and schemas that change. */
class SchemaDiffAlterationsTest {
    private static List<MigrationOperation> ops(String scenario) {
        return Scenarios.get(scenario).plan(DdlForm.PLAIN).operations();
    }

    private static Change single(String scenario) {
        MigrationPlan plan = Scenarios.get(scenario).plan(DdlForm.PLAIN);
        assertEquals(1, plan.upgrade().size(), () -> scenario + ": " + plan.operations());
        return plan.upgrade().get(0);
    }

    @Test
    void narrowedTypeIsAlteredInPlaceWithAReview() {
        Change change = single("narrow varchar");

        assertEquals(new AlterColumnType("todo", "title", "varchar(80)", "varchar(255)", null, null), change.operation());
        assertTrue(change.review().startsWith("narrows todo.title from varchar(255) to varchar(80)"), change.review());
        assertNull(change.reverseReview(), "widening back needs no review");
    }

    @Test
    void aDefaultThatCannotFollowATypeChangeIsDroppedBeforeIt() {
        assertEquals(List.of(
                new AlterColumnDefault("todo", "rank", null, "'1'::character varying"),
                new AlterColumnType("todo", "rank", "integer", "varchar(10)", "rank::integer", null)),
                ops("varchar to integer"));
    }

    @Test
    void aDefaultOfAnotherTypeIsSetAfterTheTypeChange() {
        SchemaModel current = withTodo(todoBuilder().column(column("rank", "varchar(10)").defaultValue("'1'::character varying")));
        SchemaModel target = withTodo(todoBuilder().column(column("rank", "integer").defaultValue("1")));

        assertEquals(List.of(
                new AlterColumnDefault("todo", "rank", null, "'1'::character varying"),
                new AlterColumnType("todo", "rank", "integer", "varchar(10)", "rank::integer", null),
                new AlterColumnDefault("todo", "rank", "1", null)), PlainPlans.compare(target, current).operations());
    }

    @Test
    void notNullFillsExistingNullsFirst() {
        Change change = single("set not null");

        assertEquals(new AlterColumnNullability("todo", "status", false, "'OPEN'"), change.operation());
        assertTrue(change.review().contains("todo.status"), change.review());
    }

    @Test
    void notNullWithADefaultFillsNullsWithTheDefaultWithoutReview() {
        SchemaModel target = withTodo(todoBuilder().withoutColumn("status")
                .column(column("status", "varchar(16)").notNull().defaultValue("'OPEN'")));

        List<Change> changes = PlainPlans.compare(target, Scenarios.base()).upgrade();

        assertEquals(List.of(new AlterColumnDefault("todo", "status", "'OPEN'", null),
                new AlterColumnNullability("todo", "status", false, "'OPEN'")),
                changes.stream().map(Change::operation).toList());
        assertNull(changes.get(1).review());
    }

    @Test
    void droppedNotNullCarriesTheBackfillOfItsReverse() {
        Change change = single("drop not null");

        assertEquals(new AlterColumnNullability("todo", "list_id", true, "(SELECT min(id) FROM list)"), change.operation());
        assertNull(change.review());
        assertNotNull(change.reverseReview());
    }

    @Test
    void defaultsAndCommentsChangeInPlace() {
        assertEquals(new AlterColumnDefault("todo", "title", "'untitled'", null), single("set default").operation());
        assertEquals(new AlterColumnComment("todo", "status", "workflow state", null), single("set comment").operation());
        assertEquals(new AlterTableComment("todo", "things to do", null), single("set table comment").operation());
    }

    @Test
    void anIndexWhoseSortOrderChangedIsRebuilt() {
        List<MigrationOperation> operations = Scenarios.get("index sort order").plan(DdlForm.PLAIN).operations();

        assertEquals(List.of(DropIndex.class, CreateIndex.class), operations.stream().map(Object::getClass).toList(),
                operations.toString());
        assertEquals(List.of("title"), ((CreateIndex) operations.get(1)).index().descendingColumns());
    }

    @Test
    void aNewTableGetsItsCommentAfterItIsCreatedAndADroppedOneLosesItFirst() {
        SchemaModel withComment = withTodo(todoBuilder().comment("things to do"));
        SchemaModel withoutTodo = schema(List.of(Scenarios.list()), List.of(Scenarios.LIST_SEQ));

        List<MigrationOperation> create = PlainPlans.compare(withComment, withoutTodo).operations();
        int created = indexOf(create, CreateTable.class);
        assertEquals(new AlterTableComment("todo", "things to do", null), create.get(created + 1), create.toString());

        List<MigrationOperation> drop = PlainPlans.compare(withoutTodo, withComment).operations();
        int commentDropped = drop.indexOf(new AlterTableComment("todo", null, "things to do"));
        assertTrue(commentDropped >= 0 && commentDropped < indexOf(drop, DropTable.class), drop.toString());
    }

    private static int indexOf(List<MigrationOperation> operations, Class<? extends MigrationOperation> type) {
        for (int i = 0; i < operations.size(); i++) {
            if (type.isInstance(operations.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void identityIsAddedAndDropped() {
        assertEquals(new AddIdentity("list", "id", Identity.BY_DEFAULT), single("add identity").operation());
        assertEquals(new DropIdentity("todo", "id", Identity.BY_DEFAULT), single("drop identity").operation());
    }

    @Test
    void identityBecomesNullableOnlyAfterItIsDropped() {
        SchemaModel target = withTodo(todoBuilder().withoutColumn("id").column(column("id", "integer")));

        assertEquals(List.of(DropIdentity.class, AlterColumnNullability.class, AlterColumnType.class),
                PlainPlans.compare(target, Scenarios.base()).operations().stream().map(Object::getClass).toList());
        assertEquals(List.of(AlterColumnType.class, AlterColumnNullability.class, AddIdentity.class),
                PlainPlans.compare(Scenarios.base(), target).operations().stream().map(Object::getClass).toList());
    }

    @Test
    void sequenceWithAnotherIncrementIsAltered() {
        assertEquals(List.of(new AlterSequence(sequence("list_seq"), Scenarios.LIST_SEQ)), ops("alter sequence increment"));
    }

    @Test
    void aTableInANewSchemaCreatesTheSchemaFirstAndTheDowngradeDropsItLast() {
        MigrationPlan plan = Scenarios.get("table in a new schema").plan(DdlForm.PLAIN);

        assertEquals(new CreateSchema("billing"), plan.operations().get(0));
        assertEquals(List.of(CreateSchema.class, CreateSequence.class, CreateTable.class),
                plan.operations().stream().map(Object::getClass).toList());
        List<Change> downgrade = plan.downgrade();
        assertEquals(new DropSchema("billing"), downgrade.get(downgrade.size() - 1).operation());
    }

    @Test
    void anExistingSchemaIsNotCreatedAndAnEmptyOneNotDropped() {
        SchemaModel emptyBilling = Scenarios.base().withSchemas(Set.of("billing"));
        SchemaModel billing = Scenarios.get("table in a new schema").target();

        assertTrue(PlainPlans.compare(Scenarios.base(), emptyBilling).isEmpty());
        assertTrue(PlainPlans.compare(billing, emptyBilling).operations().stream()
                .noneMatch(op -> op instanceof CreateSchema));
    }

    @Test
    void anEmptyPublicReadBesideAnotherCurrentSchemaIsNotDropped() {
        SchemaModel emptyPublic = Scenarios.base().withSchemas(Set.of("public"));

        assertTrue(PlainPlans.compare(Scenarios.base(), emptyPublic).isEmpty(),
                "the unqualified tables are in the current schema, not in public");
    }

    @Test
    void equalColumnsSpelledDifferentlyGiveNoChange() {
        SchemaModel hibernate = withTodo(todoBuilder().column(column("score", "int4").defaultValue("-1"))
                .column(column("note", "varchar(20)").defaultValue("'x'"))
                .column(column("at", "timestamp(6) with time zone").defaultValue("now()")));
        SchemaModel catalog = withTodo(todoBuilder().column(column("score", "integer").defaultValue("'-1'::integer"))
                .column(column("note", "character varying(20)").defaultValue("'x'::character varying"))
                .column(column("at", "timestamptz").defaultValue("CURRENT_TIMESTAMP")));

        assertTrue(PlainPlans.compare(hibernate, catalog).isEmpty(), () -> PlainPlans.compare(hibernate, catalog).operations().toString());
    }
}
