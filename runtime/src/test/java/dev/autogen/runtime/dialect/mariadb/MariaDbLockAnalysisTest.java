package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.LockMode;
import dev.autogen.runtime.dialect.LockVerdict;
import dev.autogen.runtime.dialect.MigrationLocks;
import dev.autogen.runtime.dialect.OperationLocks;
import dev.autogen.runtime.dialect.StatementLocks;
import dev.autogen.runtime.dialect.TableWork;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ContinueAfter;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.TableDef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MariaDbLockAnalysisTest {
    private final MariaDbDialect dialect = new MariaDbDialect();

    @Test
    void eachStatementSaysItsOnlineDdl() {
        MigrationLocks locks = dialect.lockAnalysis().analyse(List.of(
                new CreateTable(TableDef.of("fresh", ColumnDef.of("id", "bigint").notNull())),
                new AddCheck("fresh", new CheckDef("ck", "id > 0")),
                new AddColumn("todo", ColumnDef.of("due", "date")),
                new CreateIndex("todo", new IndexDef("ix_due", List.of("due"), false), true),
                new AddCheck("todo", new CheckDef("ck_due", "due > '2000-01-01'")),
                new AddColumn("todo", ColumnDef.of("rank", "int").notNull().backfill("(id * 2)")),
                new CreateSequence(new SequenceDef("s", 1, 50), new ContinueAfter("todo", "id")),
                new ExecuteSql("OPTIMIZE TABLE todo", null),
                new AlterColumnType("todo", "due", "datetime(6)", "date", null, null)), true);
        List<OperationLocks> ops = locks.operations();
        assertEquals(LockVerdict.SAFE, ops.get(1).verdict(), "a new table holds no rows");
        StatementLocks add = ops.get(2).statements().get(0);
        assertEquals(LockVerdict.SAFE, add.verdict());
        assertEquals(TableWork.CATALOG, add.work());
        assertTrue(add.reason().startsWith("ALGORITHM=INSTANT, LOCK=NONE"), add.reason());
        StatementLocks index = ops.get(3).statements().get(0);
        assertEquals(LockVerdict.SAFE, index.verdict());
        assertEquals(TableWork.SCAN, index.work());
        assertEquals(LockMode.SHARE_UPDATE_EXCLUSIVE, index.strongestMode());
        assertTrue(index.reason().startsWith("ALGORITHM=INPLACE, LOCK=NONE"), index.reason());
        StatementLocks check = ops.get(4).statements().get(0);
        assertEquals(LockVerdict.RISKY, check.verdict());
        assertTrue(check.reason().startsWith("ALGORITHM=COPY, LOCK=SHARED on todo blocks writes while it rewrites todo"),
                check.reason());
        List<StatementLocks> backfilled = ops.get(5).statements();
        assertEquals(List.of(LockVerdict.SAFE, LockVerdict.RISKY, LockVerdict.SAFE),
                backfilled.stream().map(StatementLocks::verdict).toList());
        assertEquals(TableWork.WRITES_ALL_ROWS, backfilled.get(1).work());
        assertTrue(backfilled.get(2).reason().startsWith("ALGORITHM=INPLACE, LOCK=NONE"), backfilled.get(2).reason());
        assertEquals(LockVerdict.SAFE, ops.get(6).verdict());
        assertEquals(TableWork.READ, ops.get(6).statements().get(1).work());
        assertEquals(LockVerdict.UNKNOWN, ops.get(7).verdict());
        StatementLocks refused = ops.get(8).statements().get(0);
        assertEquals(LockVerdict.UNKNOWN, refused.verdict());
        assertTrue(refused.reason().startsWith("not rendered for MariaDB: Cannot alter column"), refused.reason());
        assertTrue(locks.needsReview());
        assertEquals(List.of("todo"), locks.existingTables());
    }

    @Test
    void typeChangesCopyUnlessAVarcharKeepsItsLengthPrefix() {
        assertEquals("INSTANT", MariaDbLockAnalysis.online(
                new AlterColumnType("t", "v", "varchar(60)", "varchar(20)", null, null), 0).algorithm());
        assertEquals("COPY", MariaDbLockAnalysis.online(
                new AlterColumnType("t", "v", "varchar(64)", "varchar(60)", null, null), 0).algorithm());
        assertEquals("INSTANT", MariaDbLockAnalysis.online(
                new AlterColumnType("t", "v", "varchar(64)", "varchar(20)", null, null), 0).algorithm());
        assertEquals("INSTANT", MariaDbLockAnalysis.online(
                new AlterColumnType("t", "v", "varchar(500)", "varchar(100)", null, null), 0).algorithm());
        assertEquals("COPY", MariaDbLockAnalysis.online(
                new AlterColumnType("t", "v", "varchar(10)", "varchar(20)", null, null), 0).algorithm());
        assertEquals("COPY", MariaDbLockAnalysis.online(
                new AlterColumnType("t", "n", "bigint", null, null, null), 0).algorithm());
    }
}
