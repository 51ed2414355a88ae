package dev.autogen.diff;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.RenameSequence;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.autogen.diff.Scenarios.list;
import static dev.autogen.diff.Scenarios.todo;
import static dev.autogen.diff.TableBuilder.from;
import static dev.autogen.diff.TableBuilder.schema;
import static dev.autogen.diff.TableBuilder.table;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.foreignKey;
import static dev.autogen.runtime.Ddl.index;
import static dev.autogen.runtime.Ddl.primaryKey;
import static dev.autogen.runtime.Ddl.sequence;
import static dev.autogen.runtime.Ddl.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renames: confirmed ones keep the data, candidates are only hinted at, constraints follow their definition. */
class SchemaDiffRenamesTest {
    private static List<MigrationOperation> ops(String scenario) {
        return Scenarios.get(scenario).plan().operations();
    }

    @Test
    void confirmedTableRenameRenamesTheTableItsIdentitySequenceAndTheConstraintsNamedAfterIt() {
        assertEquals(List.of(
                new RenameTable("todo", "task"),
                new RenameSequence("todo_id_seq", "task_id_seq"),
                new RenameConstraint("task", "fk_todo_list", "fk_task_list"),
                new RenameConstraint("task", "todo_pkey", "task_pkey"),
                new RenameConstraint("task", "todo_status_check", "task_status_check")), ops("rename table"));
    }

    @Test
    void confirmedColumnRenameCarriesTheIndexOnIt() {
        assertEquals(List.of(new RenameColumn("todo", "title", "headline"),
                new RenameIndex("todo", "idx_todo_title", "idx_todo_headline")), ops("rename column"));
        assertEquals(List.of(new RenameColumn("todo", "id", "key"), new RenameSequence("todo_id_seq", "todo_key_seq")),
                ops("rename identity column"));
    }

    @Test
    void unconfirmedCandidateIsADropAndAnAddWithAHint() {
        MigrationPlan plan = Scenarios.get("possible column rename").plan();

        assertEquals(List.of(new RenameCandidate(RenameCandidate.Kind.COLUMN, "todo", "title", "headline")),
                plan.possibleRenames());
        String review = plan.upgrade().stream().filter(c -> c.review() != null && c.review().contains("possible"))
                .findFirst().orElseThrow().review();
        assertEquals("possible rename of todo.title to todo.headline; if so, generate the revision again with"
                + " --rename todo.title=headline to keep the data\ndrops column todo.title and the data in it", review);
        assertEquals("possible rename of todo.title to todo.headline; if so, generate the revision again with"
                + " --rename todo.title=headline to keep the data", plan.reviews().get(0));
    }

    @Test
    void aQuestionConfirmsCandidates() {
        Scenarios.Scenario scenario = Scenarios.get("possible column rename");
        List<RenameCandidate> asked = new ArrayList<>();

        MigrationPlan plan = SchemaDiff.compare(scenario.target(), scenario.current(),
                Renames.none().askingWith(candidate -> asked.add(candidate)));

        assertEquals(1, asked.size());
        assertEquals("Did you rename column todo.title to todo.headline?", asked.get(0).question());
        assertEquals(Scenarios.get("rename column").plan().operations(), plan.operations());
        assertTrue(plan.possibleRenames().isEmpty());
    }

    @Test
    void aTableWithTheSameColumnsInTheSameSchemaIsACandidate() {
        TableModel task = from(todo()).build();
        SchemaModel target = schema(List.of(list(), new TableModel("task", task.columns(), task.primaryKey(),
                task.uniques(), task.indexes(), task.foreignKeys(), task.checks())), List.of(Scenarios.LIST_SEQ));

        MigrationPlan plan = SchemaDiff.compare(target, Scenarios.base());

        assertEquals(List.of(new RenameCandidate(RenameCandidate.Kind.TABLE, null, "todo", "task")), plan.possibleRenames());
        assertEquals("todo=task", plan.possibleRenames().get(0).option());
    }

    @Test
    void severalTablesCanBeConfirmedAtTheTerminal() {
        TableModel tag = table("tag").column(column("id", "bigint").notNull()).column(column("label", "text"))
                .primaryKey(primaryKey("id")).build();
        TableModel label = new TableModel("label", tag.columns(), tag.primaryKey(), List.of(), List.of(), List.of(),
                List.of());
        TableModel task = new TableModel("task", todo().columns(), todo().primaryKey(), todo().uniques(),
                todo().indexes(), todo().foreignKeys(), todo().checks());
        SchemaModel current = schema(List.of(list(), todo(), tag), List.of());
        SchemaModel target = schema(List.of(list(), task, label), List.of());

        List<MigrationOperation> ops = SchemaDiff.compare(target, current, Renames.none().askingWith(c -> true))
                .operations();

        assertTrue(ops.contains(new RenameTable("tag", "label")) && ops.contains(new RenameTable("todo", "task")),
                ops::toString);
    }

    @Test
    void renamesNameTheCurrentSchemaAsTheModelDoesAndPublicAsAnyOther() {
        TableModel tag = table("tag").column(column("id", "bigint").notNull()).primaryKey(primaryKey("id")).build();
        Renames inApp = Renames.of(List.of("app.tag=label")).inCurrentSchema("app");

        assertEquals(List.of(new RenameTable("tag", "label")), SchemaDiff.compare(
                schema(List.of(renamed(tag, "label")), List.of()), schema(List.of(tag), List.of()), inApp).operations()
                .subList(0, 1));
        Renames inPublic = Renames.of(List.of("public.tag=label")).inCurrentSchema("app");
        assertEquals(List.of(new RenameTable("public.tag", "public.label")), SchemaDiff.compare(
                schema(List.of(renamed(tag, "public.label")), List.of()),
                schema(List.of(renamed(tag, "public.tag")), List.of()), inPublic).operations().subList(0, 1));
    }

    private static TableModel renamed(TableModel table, String name) {
        return new TableModel(name, table.columns(), table.primaryKey(), table.uniques(), table.indexes(),
                table.foreignKeys(), table.checks());
    }

    @Test
    void twoCompatibleColumnsAreNoCandidate() {
        SchemaModel target = Scenarios.withTodo(Scenarios.todoBuilder().withoutColumn("status")
                .withoutCheck("todo_status_check").column(column("state", "varchar(16)")).column(column("phase", "varchar(16)")));

        assertTrue(SchemaDiff.compare(target, Scenarios.base()).possibleRenames().isEmpty());
    }

    @Test
    void renameToAnotherSchemaMovesTheTable() {
        SchemaModel target = schema(List.of(list(), from(todo()).build()), List.of(Scenarios.LIST_SEQ));
        TableModel moved = new TableModel("archive.todo", todo().columns(), todo().primaryKey(), todo().uniques(),
                todo().indexes(), todo().foreignKeys(), todo().checks());
        SchemaModel archived = SchemaModel.of(List.of(list(), moved), List.of(Scenarios.LIST_SEQ));

        List<MigrationOperation> ops = SchemaDiff.compare(archived, target, Renames.of(List.of("todo=archive.todo")))
                .operations();

        assertEquals(new RenameTable("todo", "archive.todo"), ops.get(1));
        assertEquals("CreateSchema", ops.get(0).getClass().getSimpleName());
        List<MigrationOperation> back = SchemaDiff.compare(target, archived, Renames.of(List.of("archive.todo=todo")))
                .operations();
        assertEquals(new RenameTable("archive.todo", "todo"), back.get(0));
        assertEquals("DropSchema", back.get(back.size() - 1).getClass().getSimpleName());
    }

    @Test
    void aUniqueOrIndexRenamedInTheModelIsRenamedInTheDatabase() {
        SchemaModel current = Scenarios.withTodo(Scenarios.todoBuilder().unique(unique("uk_old", "title")));
        SchemaModel target = Scenarios.withTodo(Scenarios.todoBuilder().unique(unique("uk_new", "title"))
                .withoutIndex("idx_todo_title").index(index("ix_title", "title")));

        assertEquals(List.of(new RenameConstraint("todo", "uk_old", "uk_new"), new RenameIndex("todo", "idx_todo_title", "ix_title")),
                SchemaDiff.compare(target, current).operations());
    }

    @Test
    void invalidRenamesAreConfigurationErrors() {
        Scenarios.Scenario scenario = Scenarios.get("possible column rename");
        for (String value : List.of("todo.nope=headline", "todo.title=nope", "nope=task", "todo=", "todo.title")) {
            AutogenException e = assertThrows(AutogenException.class, () -> SchemaDiff.compare(scenario.target(),
                    scenario.current(), Renames.of(List.of(value))), value);
            assertEquals(ErrorCode.CONFIGURATION, e.code());
            assertTrue(e.getMessage().contains("--rename"), e.getMessage());
        }
    }

    @Test
    void aForeignKeyOnAKeyThatIsRebuiltIsDroppedBeforeAndAddedAfter() {
        TableModel parent = Scenarios.parentWithUniqueCode();
        TableModel child = Scenarios.childReferencingCode();
        TableModel rebuilt = from(parent).withoutUnique("uk_code").unique(unique("uk_code", "code", "id")).build();
        ForeignKeyDef fk = child.foreignKeys().get(0);

        List<MigrationOperation> ops = PlainPlans.compare(schema(rebuilt, child), schema(parent, child)).operations();

        assertEquals(new DropForeignKey("child", "fk_child_parent", fk), ops.get(0));
        assertEquals(new AddForeignKey("child", fk), ops.get(ops.size() - 1));
    }

    @Test
    void aPrimaryKeyOnOtherColumnsIsRebuiltWithTheForeignKeysThatNeedIt() {
        TableModel parent = table("parent").column(column("id", "bigint").notNull()).column(column("v", "integer").notNull())
                .primaryKey(primaryKey("id", "v")).build();
        TableModel child = table("child").column(column("pid", "bigint")).column(column("pv", "integer"))
                .foreignKey(foreignKey("fk_c", "pid", "pv").references("parent", "id", "v")).build();
        TableModel reordered = from(parent).primaryKey(primaryKey("v", "id")).build();

        List<Class<?>> types = PlainPlans.compare(schema(reordered, child), schema(parent, child)).operations().stream()
                .<Class<?>>map(Object::getClass).toList();

        assertEquals(List.of(DropForeignKey.class, DropPrimaryKey.class, AddPrimaryKey.class, AddForeignKey.class), types);
    }

    @Test
    void aRenamedTableKeepsItsSequenceWhenTheEntitysDefaultSequenceFollows() {
        SchemaModel current = schema(List.of(list(), todo()), List.of(Scenarios.LIST_SEQ, sequence("todo_seq").incrementBy(50)));
        TableModel task = new TableModel("task", todo().columns(), todo().primaryKey(), todo().uniques(), todo().indexes(),
                todo().foreignKeys(), todo().checks());
        SchemaModel target = schema(List.of(list(), task), List.of(Scenarios.LIST_SEQ, sequence("task_seq").incrementBy(50)));

        List<MigrationOperation> ops = SchemaDiff.compare(target, current, Renames.of(List.of("todo=task"))).operations();

        assertTrue(ops.contains(new RenameSequence("todo_seq", "task_seq")), ops::toString);
        assertTrue(ops.stream().noneMatch(op -> op.getClass().getSimpleName().contains("CreateSequence")), ops::toString);
    }
}
