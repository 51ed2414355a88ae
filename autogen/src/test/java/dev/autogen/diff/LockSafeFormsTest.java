package dev.autogen.diff;

import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddPrimaryKeyUsingIndex;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ValidateConstraint;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.diff.Scenarios.list;
import static dev.autogen.diff.Scenarios.todo;
import static dev.autogen.diff.Scenarios.todoBuilder;
import static dev.autogen.diff.Scenarios.withTodo;
import static dev.autogen.diff.TableBuilder.from;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lock-safe forms the diff writes for changes to tables that exist, the plain forms it keeps for
 * tables the plan creates or drops, and the review notes of changes that have no online form.
 */
class LockSafeFormsTest {
    private static List<MigrationOperation> ops(String scenario) {
        return Scenarios.get(scenario).plan().operations();
    }

    private static List<MigrationOperation> downgrade(String scenario) {
        return Scenarios.get(scenario).plan().downgrade().stream().map(Change::operation).toList();
    }

    @Test
    void indexIsBuiltConcurrentlyAndTheDowngradeDropsItConcurrently() {
        IndexDef index = uniqueIndex("idx_todo_status", "status");

        assertEquals(List.of(new CreateIndex("todo", index, true)), ops("add index"));
        assertEquals(List.of(new DropIndex("todo", "idx_todo_status", index, true)), downgrade("add index"));
    }

    @Test
    void indexIsDroppedConcurrentlyAndTheDowngradeBuildsItConcurrently() {
        IndexDef index = index("idx_todo_title", "title");

        assertEquals(List.of(new DropIndex("todo", "idx_todo_title", index, true)), ops("drop index"));
        assertEquals(List.of(new CreateIndex("todo", index, true)), downgrade("drop index"));
    }

    @Test
    void indexWhoseSortOrderChangedIsDroppedAndBuiltConcurrently() {
        assertEquals(List.of(DropIndex.class, CreateIndex.class), types(ops("index sort order")));
        assertTrue(((DropIndex) ops("index sort order").get(0)).concurrently());
        assertTrue(((CreateIndex) ops("index sort order").get(1)).concurrently());
    }

    @Test
    void createdAndDroppedTablesKeepThePlainForms() {
        for (String scenario : List.of("create tables", "drop tables", "add table referencing existing", "replace table")) {
            for (MigrationOperation op : ops(scenario)) {
                assertTrue(!(op instanceof ValidateConstraint || op instanceof SetNotNullViaCheck
                        || op instanceof CreateIndex c && c.concurrently() || op instanceof DropIndex d && d.concurrently()
                        || op instanceof AddForeignKey f && f.notValid()), scenario + ": " + op.describe());
            }
        }
        assertEquals(Scenarios.get("create tables").plan(DdlForm.PLAIN), Scenarios.get("create tables").plan());
        assertEquals(Scenarios.get("drop tables").plan(DdlForm.PLAIN), Scenarios.get("drop tables").plan());
    }

    @Test
    void foreignKeyIsAddedNotValidThenValidatedAndTheDowngradeOnlyDropsIt() {
        ForeignKeyDef fk = todo().foreignKeys().get(0);

        List<MigrationOperation> ops = ops("change foreign key action");
        ForeignKeyDef cascade = ((AddForeignKey) ops.get(1)).foreignKey();
        assertEquals(List.of(new DropForeignKey("todo", "fk_todo_list", fk), new AddForeignKey("todo", cascade, true),
                new ValidateConstraint("todo", "fk_todo_list")), ops);
        assertEquals(List.of(new DropForeignKey("todo", "fk_todo_list", cascade, true), new AddForeignKey("todo", fk)),
                downgrade("change foreign key action"));
    }

    @Test
    void foreignKeyOfAnExistingTableToATableCreatedInThePlanIsStillAddedNotValid() {
        List<MigrationOperation> ops = ops("mixed");

        int add = ops.indexOf(ops.stream().filter(op -> op instanceof AddForeignKey f
                && f.foreignKey().name().equals("fk_todo_note")).findFirst().orElseThrow());
        assertTrue(((AddForeignKey) ops.get(add)).notValid(), "todo holds rows; its scan is what VALIDATE spares");
        assertEquals(new ValidateConstraint("todo", "fk_todo_note"), ops.get(add + 1));
        assertTrue(ops.contains(new AddForeignKey("note", foreignKey("fk_note_list", "list_id").references("list", "id"))),
                "the new table's own foreign key stays plain: " + ops);
        assertTrue(ops.contains(new CreateIndex("note", index("idx_note_list", "list_id"))), ops::toString);
    }

    @Test
    void checkIsAddedNotValidThenValidatedWithItsReviewOnTheAdd() {
        MigrationPlan plan = Scenarios.get("add check").plan();
        CheckDef check = check("todo_title_check", "length(title) > 0");

        assertEquals(List.of(new AddCheck("todo", check, true), new ValidateConstraint("todo", "todo_title_check")),
                plan.operations());
        assertEquals(Scenarios.get("add check").plan(DdlForm.PLAIN).upgrade().get(0).review(), plan.upgrade().get(0).review());
        assertNull(plan.upgrade().get(1).review());
        assertEquals(List.of(new DropCheck("todo", "todo_title_check", check, true)), downgrade("add check"));
    }

    @Test
    void changedEnumCheckIsDroppedAndAddedNotValidThenValidated() {
        assertEquals(List.of(DropCheck.class, AddCheck.class, ValidateConstraint.class), types(ops("change enum check values")));
        assertTrue(((AddCheck) ops("change enum check values").get(1)).notValid());
    }

    @Test
    void notNullIsSetThroughAValidatedCheckWithTheBackfillAndReviewOfThePlainForm() {
        Change plain = Scenarios.get("set not null").plan(DdlForm.PLAIN).upgrade().get(0);
        Change safe = Scenarios.get("set not null").plan().upgrade().get(0);
        String backfill = ((AlterColumnNullability) plain.operation()).backfill();

        assertEquals(new SetNotNullViaCheck("todo", "status", backfill), safe.operation());
        assertEquals(plain.review(), safe.review());
        assertEquals(List.of(new AlterColumnNullability("todo", "status", true, backfill)), downgrade("set not null"));
    }

    @Test
    void notNullWithADefaultIsSetThroughACheckFillingNullsWithTheDefault() {
        SchemaModel target = withTodo(todoBuilder().withoutColumn("status")
                .column(column("status", "varchar(16)").notNull().defaultValue("'OPEN'")));
        List<MigrationOperation> ops = SchemaDiff.compare(target, Scenarios.base()).operations();
        assertTrue(ops.contains(new SetNotNullViaCheck("todo", "status", "'OPEN'")), ops::toString);
    }

    @Test
    void notNullColumnAddedInThePlanComesWithItsAddAndBackfill() {
        assertEquals(Scenarios.get("add not null varchar").plan(DdlForm.PLAIN), Scenarios.get("add not null varchar").plan());
        assertEquals(List.of(AddColumn.class), types(ops("add not null int")));
    }

    @Test
    void uniqueIsAddedOverAConcurrentlyBuiltIndexAndDroppedAsAConstraint() {
        UniqueDef unique = unique("todo_title_key", "title");

        assertEquals(List.of(new AddUniqueUsingIndex("todo", unique)), ops("add unique"));
        assertEquals(List.of(new DropUnique("todo", "todo_title_key", unique, true)), downgrade("add unique"));
    }

    @Test
    void uniqueOnOtherColumnsIsDroppedThenAddedOverANewIndexOfTheSameName() {
        assertEquals(List.of(DropUnique.class, AddUniqueUsingIndex.class), types(ops("change unique columns")));
        assertEquals(ops("change unique columns").get(0), new DropUnique("list", "list_name_key",
                unique("list_name_key", "name")));
    }

    @Test
    void indexAndUniqueOnAColumnAddedInThePlanAreStillBuiltConcurrently() {
        SchemaModel target = withTodo(todoBuilder().column(column("code", "varchar(8)"))
                .unique(unique("todo_code_key", "code")).index(index("idx_todo_code", "code")));

        List<MigrationOperation> ops = SchemaDiff.compare(target, Scenarios.base()).operations();

        assertEquals(List.of(new AddColumn("todo", column("code", "varchar(8)")),
                new AddUniqueUsingIndex("todo", unique("todo_code_key", "code")),
                new CreateIndex("todo", index("idx_todo_code", "code"), true)), ops);
    }

    @Test
    void primaryKeyChangeDropsTheKeyAndAddsTheNewOneOverAConcurrentlyBuiltIndex() {
        assertEquals(List.of(DropPrimaryKey.class, AddPrimaryKeyUsingIndex.class), types(ops("change primary key")));
        assertEquals(new AddPrimaryKeyUsingIndex("todo", primaryKey("id", "list_id")), ops("change primary key").get(1));
        assertEquals(List.of(DropPrimaryKey.class, AddPrimaryKey.class), types(downgrade("change primary key")),
                "the downgrade puts the old key back as it was dropped");
    }

    @Test
    void primaryKeyOnNullableColumnsSetsThemNotNullThroughACheckFirst() {
        TableModel keyless = table("visit").column(column("code", "varchar(20)")).column(column("day", "date")).build();
        TableModel keyed = table("visit").column(column("code", "varchar(20)").notNull()).column(column("day", "date"))
                .primaryKey(primaryKey("code")).build();

        List<MigrationOperation> ops = SchemaDiff.compare(schema(keyed), schema(keyless)).operations();

        assertEquals(List.of(SetNotNullViaCheck.class, AddPrimaryKeyUsingIndex.class), types(ops));
    }

    @Test
    void foreignKeyOnARebuiltKeyIsDroppedBeforeAndAddedNotValidAfter() {
        TableModel parent = Scenarios.parentWithUniqueCode();
        TableModel child = Scenarios.childReferencingCode();
        TableModel rebuilt = from(parent).withoutUnique("uk_code").unique(unique("uk_code", "code", "id")).build();
        ForeignKeyDef fk = child.foreignKeys().get(0);

        List<MigrationOperation> ops = SchemaDiff.compare(schema(rebuilt, child), schema(parent, child)).operations();

        assertEquals(List.of(new DropForeignKey("child", "fk_child_parent", fk),
                new DropUnique("parent", "uk_code", unique("uk_code", "code")),
                new AddUniqueUsingIndex("parent", unique("uk_code", "code", "id")),
                new AddForeignKey("child", fk, true), new ValidateConstraint("child", "fk_child_parent")), ops);
    }

    @Test
    void renamesStayAsTheyAreAndTheRenamedTableGetsTheSafeForms() {
        List<MigrationOperation> ops = ops("rename table");

        assertTrue(ops.contains(new RenameTable("todo", "task")), ops::toString);
        assertTrue(ops.stream().anyMatch(op -> op instanceof RenameConstraint), ops::toString);
        assertTrue(ops.stream().allMatch(op -> !(op instanceof AddCheck a) || a.notValid()), ops::toString);
        assertTrue(ops("rename column").stream().anyMatch(op -> op instanceof RenameIndex), ops("rename column")::toString);
    }

    @Test
    void checkRecreatedAroundATypeChangeIsAddedNotValidAfterTheRewrite() {
        List<MigrationOperation> ops = ops("ordinal enum to string");

        assertEquals(List.of(DropCheck.class, AlterColumnType.class, AddCheck.class, ValidateConstraint.class), types(ops));
        assertTrue(((AddCheck) ops.get(2)).notValid());
    }

    @Test
    void typeChangeThatRewritesGetsANoteBothWaysNamingTheLock() {
        Change change = Scenarios.get("varchar to integer").plan().upgrade().stream()
                .filter(c -> c.operation() instanceof AlterColumnType).findFirst().orElseThrow();

        assertTrue(change.review().contains("the upgrade rewrites todo and its indexes (rank varchar(10) -> integer)"
                + " under an ACCESS EXCLUSIVE lock"), change.review());
        assertTrue(change.review().contains("varchar widening, varchar to text, numeric precision widening"), change.review());
        assertTrue(change.review().startsWith("converts todo.rank"), "the conversion note comes first: " + change.review());
        assertTrue(change.reverseReview().contains("the downgrade rewrites todo and its indexes (rank integer -> varchar(10))"),
                change.reverseReview());
    }

    @Test
    void binaryCoercibleTypeChangeGetsNoNote() {
        SchemaModel widened = withTodo(todoBuilder().withoutColumn("title").column(column("title", "varchar(500)").notNull()));
        SchemaModel text = withTodo(todoBuilder().withoutColumn("title").column(column("title", "text").notNull()));

        assertNull(SchemaDiff.compare(widened, Scenarios.base()).upgrade().get(0).review());
        assertNull(SchemaDiff.compare(text, Scenarios.base()).upgrade().get(0).review());
        assertTrue(SchemaDiff.compare(Scenarios.base(), widened).upgrade().get(0).review().contains("ACCESS EXCLUSIVE"),
                "narrowing back rewrites");
    }

    @Test
    void columnAddedWithAVolatileDefaultGetsTheSafeRecipe() {
        for (String fill : List.of("gen_random_uuid()", "clock_timestamp()", "random()", "nextval('todo_seq'::regclass)")) {
            SchemaModel target = withTodo(todoBuilder().column(column("token", "uuid").notNull().defaultValue(fill)));
            Change add = SchemaDiff.compare(target, Scenarios.base()).upgrade().get(0);

            assertTrue(add.review().contains("the upgrade adds todo.token filled with the volatile " + fill), add.review());
            assertTrue(add.review().contains("add todo.token nullable without a default, then set the default"
                    + " (new rows get it), then backfill the existing rows in batches, then"
                    + " op.setNotNullViaCheck(\"todo\", \"token\")"), add.review());
            assertNull(SchemaDiff.compare(target, Scenarios.base(), Renames.none(), DdlForm.PLAIN).upgrade().get(0).review());
        }
    }

    @Test
    void notNullColumnFilledByASubqueryGetsTheRecipeToo() {
        Change add = Scenarios.get("add not null foreign key column").plan().upgrade().get(0);

        assertTrue(add.review().contains("smallest list key"), "the placeholder note stays first: " + add.review());
        assertTrue(add.review().contains("the upgrade adds todo.parent_list_id filled with the volatile (SELECT min("),
                add.review());
    }

    @Test
    void identityColumnAddedToAnExistingTableGetsTheRecipe() {
        SchemaModel target = withTodo(todoBuilder().column(column("seq", "bigint").notNull().generatedByDefaultAsIdentity()));
        Change add = SchemaDiff.compare(target, Scenarios.base()).upgrade().get(0);

        assertTrue(add.review().startsWith("the upgrade adds the identity column todo.seq, which numbers every row of todo"
                + " under an ACCESS EXCLUSIVE lock"), add.review());
        assertTrue(add.review().contains("op.setNotNullViaCheck(\"todo\", \"seq\") and op.addIdentity("), add.review());
    }

    @Test
    void columnAddedWithAConstantOrStableDefaultGetsNoNote() {
        for (String fill : List.of("0", "'x'", "now()", "CURRENT_TIMESTAMP", "random_page_cost()")) {
            SchemaModel target = withTodo(todoBuilder().column(column("extra", "text").defaultValue(fill)));
            assertNull(SchemaDiff.compare(target, Scenarios.base()).upgrade().get(0).review(), fill);
        }
    }

    @Test
    void droppedColumnWithAVolatileDefaultWarnsTheDowngrade() {
        SchemaModel current = withTodo(todoBuilder().column(column("token", "uuid").defaultValue("gen_random_uuid()")));
        Change drop = SchemaDiff.compare(Scenarios.base(), current).upgrade().get(0);

        assertTrue(drop.reverseReview().contains("the downgrade adds todo.token filled with the volatile"), drop.reverseReview());
        assertTrue(!drop.reverseReview().contains("setNotNullViaCheck"), "a nullable column needs no NOT NULL step");
    }

    @Test
    void thePlainFormIsThePlanOfBefore() {
        for (Scenarios.Scenario scenario : Scenarios.all().values()) {
            for (Change change : scenario.plan(DdlForm.PLAIN).upgrade()) {
                MigrationOperation op = change.operation();
                assertTrue(!(op instanceof ValidateConstraint || op instanceof SetNotNullViaCheck
                        || op instanceof AddUniqueUsingIndex || op instanceof AddPrimaryKeyUsingIndex
                        || op instanceof CreateIndex c && c.concurrently() || op instanceof DropIndex d && d.concurrently()
                        || op instanceof AddForeignKey f && f.notValid() || op instanceof AddCheck a && a.notValid()),
                        scenario + ": " + op.describe());
                assertTrue(change.review() == null || !change.review().contains("ACCESS EXCLUSIVE"), change::review);
            }
        }
    }

    private static List<Class<?>> types(List<MigrationOperation> ops) {
        return ops.stream().<Class<?>>map(Object::getClass).toList();
    }
}
