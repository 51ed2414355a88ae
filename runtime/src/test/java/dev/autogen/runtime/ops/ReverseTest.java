package dev.autogen.runtime.ops;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReverseTest {
    private static final ColumnDef ID = ColumnDef.of("id", "bigint").notNull().generatedByDefaultAsIdentity();
    private static final ColumnDef TITLE = ColumnDef.of("title", "varchar(255)").notNull().defaultValue("''")
            .comment("what to do");
    private static final TableDef TODO = new TableDef("todo", List.of(ID, TITLE),
            new PrimaryKeyDef(null, List.of("id")), List.of(new UniqueDef("uk_todo_title", List.of("title"))),
            List.of(new CheckDef("ck_todo_title", "title <> ''")));
    private static final PrimaryKeyDef PK = new PrimaryKeyDef("todo_pkey", List.of("id"));
    private static final UniqueDef UNIQUE = new UniqueDef("uk_todo_title", List.of("title"));
    private static final CheckDef CHECK = new CheckDef("ck_todo_title", "title <> ''");
    private static final IndexDef INDEX = new IndexDef("ix_todo_title", List.of("title", "id"), true);
    private static final ForeignKeyDef FK = new ForeignKeyDef("fk_todo_list", List.of("list_id"), "billing.todo_list",
            List.of("id"), ForeignKeyAction.CASCADE);
    private static final SequenceDef SEQUENCE = new SequenceDef("billing.todo_seq", 10, 50);
    private static final EnumTypeDef STATUS = new EnumTypeDef("billing.status", List.of("OPEN", "CLOSED"));
    private static final EnumTypeDef STATUS_ARCHIVED = new EnumTypeDef("billing.status", List.of("OPEN", "CLOSED", "ARCHIVED"));

    /** Each operation that carries what it needs to be undone, with the operation that undoes it. */
    private static final ViewDef OPEN_TODO = new ViewDef("open_todo", "select id, title from todo where not done");

    static Stream<Arguments> reversiblePairs() {
        return Stream.of(
                Arguments.of(new CreateTable(TODO), new DropTable("todo", TODO)),
                Arguments.of(new AddColumn("billing.invoice", TITLE), new DropColumn("billing.invoice", "title", TITLE)),
                Arguments.of(new AddPrimaryKey("todo", PK), new DropPrimaryKey("todo", "todo_pkey", PK)),
                Arguments.of(new AddUnique("todo", UNIQUE), new DropUnique("todo", "uk_todo_title", UNIQUE)),
                Arguments.of(new AddCheck("todo", CHECK), new DropCheck("todo", "ck_todo_title", CHECK)),
                Arguments.of(new CreateIndex("todo", INDEX), new DropIndex("todo", "ix_todo_title", INDEX)),
                Arguments.of(new AddForeignKey("todo", FK), new DropForeignKey("todo", "fk_todo_list", FK)),
                Arguments.of(new CreateSequence(SEQUENCE), new DropSequence("billing.todo_seq", SEQUENCE)),
                Arguments.of(new ExecuteSql("UPDATE todo SET title = upper(title)", "UPDATE todo SET title = lower(title)"),
                        new ExecuteSql("UPDATE todo SET title = lower(title)", "UPDATE todo SET title = upper(title)")),
                Arguments.of(new AlterColumnType("todo", "rank", "integer", "varchar(10)", "rank::integer", null),
                        new AlterColumnType("todo", "rank", "varchar(10)", "integer", null, "rank::integer")),
                Arguments.of(new AlterColumnNullability("todo", "title", false, "''"),
                        new AlterColumnNullability("todo", "title", true, "''")),
                Arguments.of(new AlterColumnDefault("todo", "title", "'x'", null),
                        new AlterColumnDefault("todo", "title", null, "'x'")),
                Arguments.of(new AddIdentity("todo", "id", Identity.ALWAYS),
                        new DropIdentity("todo", "id", Identity.ALWAYS)),
                Arguments.of(new AlterColumnComment("todo", "title", "what", "old"),
                        new AlterColumnComment("todo", "title", "old", "what")),
                Arguments.of(new AlterTableComment("todo", "what", null), new AlterTableComment("todo", null, "what")),
                Arguments.of(new AlterColumnType("todo", "title", "text", "varchar(255)", null, null, TITLE),
                        new AlterColumnType("todo", "title", "varchar(255)", "text", null, null, TITLE.withType("text"))),
                Arguments.of(new AlterColumnNullability("todo", "title", true, "''", TITLE),
                        new AlterColumnNullability("todo", "title", false, "''", TITLE.withNullable(true))),
                Arguments.of(new AlterColumnDefault("todo", "title", "'x'", "''", TITLE),
                        new AlterColumnDefault("todo", "title", "''", "'x'", TITLE.defaultValue("'x'"))),
                Arguments.of(new AlterColumnComment("todo", "title", null, "what to do", TITLE),
                        new AlterColumnComment("todo", "title", "what to do", null, TITLE.comment(null))),
                Arguments.of(new AddIdentity("todo", "id", Identity.ALWAYS, ID.withIdentity(Identity.NONE)),
                        new DropIdentity("todo", "id", Identity.ALWAYS, ID.withIdentity(Identity.ALWAYS))),
                Arguments.of(new RenameTable("todo", "billing.task"), new RenameTable("billing.task", "todo")),
                Arguments.of(new RenameColumn("todo", "title", "headline"),
                        new RenameColumn("todo", "headline", "title")),
                Arguments.of(new RenameConstraint("todo", "todo_pkey", "task_pkey"),
                        new RenameConstraint("todo", "task_pkey", "todo_pkey")),
                Arguments.of(new RenameIndex("billing.todo", "ix_a", "ix_b"),
                        new RenameIndex("billing.todo", "ix_b", "ix_a")),
                Arguments.of(new RenameSequence("billing.a_seq", "billing.b_seq"),
                        new RenameSequence("billing.b_seq", "billing.a_seq")),
                Arguments.of(new AlterSequence(SEQUENCE, SEQUENCE.incrementBy(1)),
                        new AlterSequence(SEQUENCE.incrementBy(1), SEQUENCE)),
                Arguments.of(new CreateSchema("billing"), new DropSchema("billing")),
                Arguments.of(new CreateIndex("todo", INDEX, true), new DropIndex("todo", "ix_todo_title", INDEX, true)),
                Arguments.of(new AddForeignKey("todo", FK, true), new DropForeignKey("todo", "fk_todo_list", FK, true)),
                Arguments.of(new AddCheck("todo", CHECK, true), new DropCheck("todo", "ck_todo_title", CHECK, true)),
                Arguments.of(new AddUniqueUsingIndex("todo", UNIQUE), new DropUnique("todo", "uk_todo_title", UNIQUE, true)),
                Arguments.of(new AddPrimaryKeyUsingIndex("todo", PK), new DropPrimaryKey("todo", "todo_pkey", PK, true)),
                Arguments.of(new CreateEnumType(STATUS), new DropEnumType("billing.status", STATUS)),
                Arguments.of(new ReplaceEnumType(STATUS, STATUS_ARCHIVED, List.of(new EnumColumn("todo", "status"))),
                        new ReplaceEnumType(STATUS_ARCHIVED, STATUS, List.of(new EnumColumn("todo", "status")))),
                Arguments.of(new CreateView(OPEN_TODO), new DropView("open_todo", OPEN_TODO)),
                Arguments.of(new ReplaceView(OPEN_TODO, new ViewDef("open_todo", "select id from todo")),
                        new ReplaceView(new ViewDef("open_todo", "select id from todo"), OPEN_TODO)),
                Arguments.of(new AddColumnExpression("todo", ColumnDef.of("rank", "integer").generatedAs("id * 2")),
                        new DropColumnExpression("todo", "rank", ColumnDef.of("rank", "integer").generatedAs("id * 2"))));
    }

    @Test
    void validatingAConstraintIsItsOwnReverse() {
        ValidateConstraint validate = new ValidateConstraint("todo", "fk_todo_list");
        assertEquals(validate, validate.reverse());
        assertEquals(validate, validate.reverse().reverse());
    }

    @Test
    void setNotNullViaCheckReversesToDropNotNullKeepingTheBackfill() {
        SetNotNullViaCheck set = new SetNotNullViaCheck("todo", "title", "''");
        assertEquals(new AlterColumnNullability("todo", "title", true, "''"), set.reverse());
        assertEquals(new AlterColumnNullability("todo", "title", false, "''"), set.reverse().reverse());
    }

    @Test
    void setNotNullViaCheckReversesWithTheColumnAsItIsAfterwards() {
        ColumnDef nullable = TITLE.withNullable(true);
        SetNotNullViaCheck set = new SetNotNullViaCheck("todo", "title", "''", nullable);
        assertEquals(new AlterColumnNullability("todo", "title", true, "''", TITLE), set.reverse());
        assertEquals(new AlterColumnNullability("todo", "title", false, "''", nullable), set.reverse().reverse());
    }

    @Test
    void theExistingColumnIsStoredWithoutItsBackfill() {
        assertEquals(TITLE, new AlterColumnDefault("todo", "title", null, "''", TITLE.backfill("'none'")).existing());
        assertNull(new AlterColumnDefault("todo", "title", null, "''").existing());
    }

    @Test
    void theExistingColumnMustBeTheChangedOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AlterColumnNullability("todo", "title", true, null, ID));
        assertEquals("a change of column title carries the existing column id; pass the definition of title",
                e.getMessage());
    }

    @Test
    void lockSafeFormsSayWhatTheyDo() {
        assertEquals("create index concurrently ix_todo_title on todo (title, id)".replace("create index",
                "create unique index"), new CreateIndex("todo", INDEX, true).describe());
        assertEquals("drop index concurrently ix_todo_title on todo",
                new DropIndex("todo", "ix_todo_title", INDEX, true).describe());
        assertEquals("add check constraint ck_todo_title on todo not valid", new AddCheck("todo", CHECK, true).describe());
        assertEquals("validate constraint fk_todo_list on todo",
                new ValidateConstraint("todo", "fk_todo_list").describe());
        assertEquals("alter column todo.title set not null through a validated check",
                new SetNotNullViaCheck("todo", "title", null).describe());
        assertEquals("add unique constraint uk_todo_title on todo (title) using an index built concurrently",
                new AddUniqueUsingIndex("todo", UNIQUE).describe());
        assertEquals("todo", new ValidateConstraint("todo", "c").table());
        assertEquals("todo", new AddPrimaryKeyUsingIndex("todo", PK).table());
    }

    @ParameterizedTest
    @MethodSource("reversiblePairs")
    void reverseYieldsTheUndoingOperation(MigrationOperation op, MigrationOperation undo) {
        assertEquals(undo, op.reverse());
    }

    @ParameterizedTest
    @MethodSource("reversiblePairs")
    void reversingTwiceGivesTheOperationBack(MigrationOperation op, MigrationOperation undo) {
        assertEquals(op, op.reverse().reverse());
        assertEquals(undo, undo.reverse().reverse());
    }

    @Test
    void pairsCoverEveryOperationType() {
        Set<Class<?>> covered = Stream.concat(reversiblePairs().flatMap(arguments -> Arrays.stream(arguments.get())),
                        Stream.of(new ValidateConstraint("todo", "c"), new SetNotNullViaCheck("todo", "c", null),
                                new AddEnumValue("billing.status", "ARCHIVED", null, null, STATUS, List.of())))
                .map(Object::getClass)
                .collect(Collectors.toSet());
        Set<Class<?>> all = Set.of(MigrationOperation.class.getPermittedSubclasses());
        assertEquals(all, covered);
    }

    static Stream<MigrationOperation> dropsWithoutPrevious() {
        return Stream.of(
                new DropTable("todo", null),
                new DropColumn("todo", "title", null),
                new DropPrimaryKey("todo", "todo_pkey", null),
                new DropUnique("todo", "uk_todo_title", null),
                new DropCheck("todo", "ck_todo_title", null),
                new DropIndex("todo", "ix_todo_title", null),
                new DropForeignKey("todo", "fk_todo_list", null),
                new DropSequence("todo_seq", null),
                new ExecuteSql("DELETE FROM todo", null),
                new AlterColumnType("todo", "rank", "integer", null, null, null),
                new DropIdentity("todo", "id", null),
                new AlterSequence(SEQUENCE, null));
    }

    @ParameterizedTest
    @MethodSource("dropsWithoutPrevious")
    void operationWithoutWhatItRemovesCannotBeReversed(MigrationOperation op) {
        AutogenException e = assertThrows(AutogenException.class, op::reverse);
        assertEquals(ErrorCode.INTERNAL, e.code());
        assertTrue(e.getMessage().contains(op.describe()), e.getMessage());
    }

    @Test
    void addColumnWithBackfillReversesToADropThatKeepsTheBackfill() {
        ColumnDef filled = ColumnDef.of("priority", "integer").notNull().backfill("0");
        AddColumn add = new AddColumn("todo", filled);

        MigrationOperation reverse = add.reverse();

        assertEquals(new DropColumn("todo", "priority", filled), reverse);
        assertEquals("0", ((DropColumn) reverse).previous().backfill());
        assertEquals(add, reverse.reverse());
    }

    @Test
    void withoutBackfillGivesTheStoredColumn() {
        ColumnDef stored = ColumnDef.of("priority", "integer").notNull();

        assertEquals(stored, stored.backfill("0").withoutBackfill());
        assertNull(stored.backfill("0").withoutBackfill().backfill());
        assertSame(stored, stored.withoutBackfill());
    }

    @Test
    void operationsNameTheirTable() {
        assertEquals("todo", new CreateTable(TODO).table());
        assertEquals("billing.invoice", new AddColumn("billing.invoice", TITLE).table());
        assertNull(new CreateSequence(SEQUENCE).table());
        assertNull(new ExecuteSql("SELECT 1", null).table());
        assertEquals("todo", new RenameTable("todo", "task").table());
        assertNull(new RenameSequence("a", "b").table());
        assertNull(new CreateSchema("billing").table());
    }

    @Test
    void anIdentityIsGeneratedByDefaultOrAlways() {
        assertThrows(IllegalArgumentException.class, () -> new AddIdentity("todo", "id", Identity.NONE));
    }

    @Test
    void alterationsDescribeBothSides() {
        assertEquals("alter column todo.rank type varchar(10) -> integer",
                new AlterColumnType("todo", "rank", "integer", "varchar(10)", null, null).describe());
        assertEquals("alter column todo.title set not null (existing nulls get '')",
                new AlterColumnNullability("todo", "title", false, "''").describe());
        assertEquals("alter column todo.title drop not null",
                new AlterColumnNullability("todo", "title", true, "''").describe());
        assertEquals("rename column todo.title to headline", new RenameColumn("todo", "title", "headline").describe());
    }
}
