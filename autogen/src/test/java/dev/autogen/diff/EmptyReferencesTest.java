package dev.autogen.diff;

import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.DropColumn;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A NOT NULL foreign key column backfilled from an empty table is flagged; the rows each change touches. */
class EmptyReferencesTest {
    private static final MigrationPlan PLAN = Scenarios.get("add not null foreign key column").plan(DdlForm.LOCK_SAFE);

    @Test
    void countsTheTableAndTheReferencedTable() {
        assertEquals(Set.of("todo", "list"), EmptyReferences.tablesToCount(PLAN));
    }

    @Test
    void flagsTheColumnWhenTheReferencedTableIsEmptyAndTheTableHoldsRows() {
        MigrationPlan flagged = EmptyReferences.flag(PLAN, Map.of("todo", 3L, "list", 0L)::get);
        Change add = flagged.upgrade().stream().filter(c -> c.operation() instanceof AddColumn).findFirst().orElseThrow();
        assertTrue(add.review().contains("the upgrade fails: list holds no rows"), add.review());
        assertTrue(add.review().contains("make todo.parent_list_id nullable first"), add.review());
        assertTrue(add.review().lines().reduce((a, b) -> b).orElseThrow().startsWith("the upgrade fails"), add.review());
    }

    @Test
    void leavesThePlanAloneWhenTheReferencedTableHoldsRowsOrTheTableIsEmpty() {
        assertSame(PLAN, EmptyReferences.flag(PLAN, Map.of("todo", 3L, "list", 1L)::get));
        assertSame(PLAN, EmptyReferences.flag(PLAN, Map.of("todo", 0L, "list", 0L)::get));
        assertSame(PLAN, EmptyReferences.flag(PLAN, Map.<String, Long>of()::get));
    }

    @Test
    void affectedRowsAreTheNullsTheValuesOrTheTooLongOnes() {
        assertEquals("status IS NULL", AffectedRows.condition(new AlterColumnNullability("todo", "status", false, "''")));
        assertNull(AffectedRows.condition(new AlterColumnNullability("todo", "status", true, null)));
        assertEquals("title IS NOT NULL", AffectedRows.condition(new DropColumn("todo", "title", null)));
        assertEquals("length(title::text) > 80", AffectedRows.condition(
                new AlterColumnType("todo", "title", "varchar(80)", "varchar(255)", null, null)));
        assertNull(AffectedRows.condition(new AlterColumnType("todo", "n", "integer", "bigint", null, null)));
    }
}
