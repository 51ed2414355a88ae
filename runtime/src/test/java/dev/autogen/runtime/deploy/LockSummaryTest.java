package dev.autogen.runtime.deploy;

import dev.autogen.runtime.dialect.MigrationLocks;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.TableDef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The review lines: one per operation, aligned, with the lock, the work, the row count and the verdict. */
class LockSummaryTest {
    private static final List<MigrationOperation> OPERATIONS = List.of(
            new CreateTable(TableDef.of("tag", ColumnDef.of("id", "bigint").notNull())),
            new CreateIndex("todo", new IndexDef("ix_todo_due", List.of("due"), false), true),
            new SetNotNullViaCheck("todo", "due", null),
            new AlterColumnType("todo", "id", "bigint", "integer", null, null),
            new CreateSequence(new SequenceDef("tag_seq", 1, 50)),
            new ExecuteSql("DO $$ BEGIN PERFORM 1; END $$", null));

    private static MigrationLocks locks() {
        return new PostgresDialect().lockAnalysis().analyse(OPERATIONS, true);
    }

    @Test
    void eachOperationGetsOneAlignedLine() {
        List<String> lines = new LockSummary(locks(), Map.of("todo", 2_000_000L), true).lines("  ");
        assertEquals("""
                  create table tag                                              ACCESS EXCLUSIVE        catalog only, blocks reads and writes briefly    new table
                  create index concurrently ix_todo_due on todo (due)           SHARE UPDATE EXCLUSIVE  scans, blocks nothing                            todo: ~2000000 rows
                  alter column todo.due set not null through a validated check  SHARE UPDATE EXCLUSIVE  scans, blocks nothing; ACCESS EXCLUSIVE briefly  todo: ~2000000 rows
                  alter column todo.id type integer -> bigint                   ACCESS EXCLUSIVE        rewrites, blocks reads and writes                todo: ~2000000 rows  RISKY
                  create sequence tag_seq (start 1, increment 50)               -                       no table lock
                  execute DO $$ BEGIN PERFORM 1; END $$                         -                       unknown                                                               REVIEW BY HAND
                """, String.join("\n", lines) + "\n");
    }

    @Test
    void withoutCountsTheRowColumnStaysEmptyAndExactCountsHaveNoTilde() {
        List<String> uncounted = LockSummary.uncounted(locks()).lines("");
        assertEquals("create index concurrently ix_todo_due on todo (due)           SHARE UPDATE EXCLUSIVE  scans, blocks nothing",
                uncounted.get(1));
        assertEquals(false, String.join("\n", uncounted).contains("rows"));
        assertEquals(true, new LockSummary(locks(), Map.of("todo", 1L), false).lines("").get(3).contains("todo: 1 row  RISKY"));
    }
}
