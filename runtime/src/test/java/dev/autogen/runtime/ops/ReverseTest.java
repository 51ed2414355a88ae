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

    /** Each operation that carries what it needs to be undone, with the operation that undoes it. */
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
                        new ExecuteSql("UPDATE todo SET title = lower(title)", "UPDATE todo SET title = upper(title)")));
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
        Set<Class<?>> covered = reversiblePairs()
                .flatMap(arguments -> Arrays.stream(arguments.get()))
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
                new ExecuteSql("DELETE FROM todo", null));
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
    }
}
