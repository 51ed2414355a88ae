package dev.autogen.runtime.dialect;

import dev.autogen.runtime.dialect.PlannedStatement.Execution;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddPrimaryKeyUsingIndex;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.ValidateConstraint;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.AlterSequence;
import dev.autogen.runtime.ops.AlterTableComment;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSchema;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropSchema;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.RenameSequence;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.TableDef;
import dev.autogen.runtime.ops.UniqueDef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.autogen.runtime.dialect.LockMode.ACCESS_EXCLUSIVE;
import static dev.autogen.runtime.dialect.LockMode.ACCESS_SHARE;
import static dev.autogen.runtime.dialect.LockMode.ROW_EXCLUSIVE;
import static dev.autogen.runtime.dialect.LockMode.SHARE;
import static dev.autogen.runtime.dialect.LockMode.SHARE_ROW_EXCLUSIVE;
import static dev.autogen.runtime.dialect.LockMode.SHARE_UPDATE_EXCLUSIVE;
import static dev.autogen.runtime.dialect.LockVerdict.RISKY;
import static dev.autogen.runtime.dialect.LockVerdict.SAFE;
import static dev.autogen.runtime.dialect.LockVerdict.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresLockAnalysisTest {
    private static final ForeignKeyDef FK = new ForeignKeyDef("fk_todo_list", List.of("list_id"), "todo_list",
            List.of("id"), null);
    private final LockAnalysis analysis = new PostgresDialect().lockAnalysis();

    private MigrationLocks analyse(MigrationOperation... operations) {
        return analysis.analyse(List.of(operations), true);
    }

    private OperationLocks only(MigrationOperation operation) {
        return analyse(operation).operations().get(0);
    }

    private static void assertStep(StatementLocks step, LockMode mode, TableWork work, LockVerdict verdict) {
        assertEquals(mode, step.strongestMode(), step.sql());
        assertEquals(work, step.work(), step.sql());
        assertEquals(verdict, step.verdict(), step.sql());
    }

    private void assertOperation(MigrationOperation operation, LockMode mode, TableWork work, LockVerdict verdict) {
        OperationLocks locks = only(operation);
        assertStep(locks.heaviest(), mode, work, verdict);
        assertEquals(verdict, locks.verdict(), operation.describe());
    }

    @Test
    void createTableTakesNoLockThatBlocksAnyoneAndIsNew() {
        MigrationLocks locks = analyse(new CreateTable(TableDef.of("todo", ColumnDef.of("id", "bigint").notNull(),
                new PrimaryKeyDef(null, List.of("id")))), new CreateIndex("todo", new IndexDef("ix", List.of("id"), false)),
                new AddForeignKey("todo", FK));
        assertEquals(java.util.Set.of("todo"), locks.newTables());
        assertEquals(SAFE, locks.operations().get(0).verdict());
        assertEquals(SAFE, locks.operations().get(1).verdict(), "an index on a table created in the same migration");
        OperationLocks fk = locks.operations().get(2);
        assertEquals(SAFE, fk.verdict(), "a foreign key from a new table scans no rows");
        assertEquals(List.of(new TableLock("todo", SHARE_ROW_EXCLUSIVE), new TableLock("todo_list", SHARE_ROW_EXCLUSIVE)),
                fk.statements().get(0).locks());
        assertEquals(List.of("todo_list"), locks.existingTables());
    }

    @Test
    void catalogOnlyChangesTakeAccessExclusiveBriefly() {
        for (MigrationOperation operation : List.of(
                new DropTable("todo", null),
                new AddColumn("todo", ColumnDef.of("due", "date")),
                new AddColumn("todo", ColumnDef.of("done", "boolean").notNull().backfill("false")),
                new AddColumn("todo", ColumnDef.of("at", "timestamp(6)").defaultValue("CURRENT_TIMESTAMP")),
                new DropColumn("todo", "due", null),
                new DropPrimaryKey("todo", "todo_pkey", null),
                new DropUnique("todo", "uk", null),
                new DropCheck("todo", "ck", null),
                new DropIndex("todo", "ix", null),
                new AlterColumnNullability("todo", "due", true, null),
                new AlterColumnDefault("todo", "due", "CURRENT_DATE", null),
                new DropIdentity("todo", "id", Identity.BY_DEFAULT),
                new RenameTable("todo", "task"),
                new RenameColumn("todo", "due", "due_at"),
                new RenameConstraint("todo", "uk", "uk2"),
                new AlterColumnType("todo", "title", "varchar(100)", "varchar(50)", null, null),
                new AlterColumnType("todo", "title", "text", "character varying(50)", null, null),
                new AlterColumnType("todo", "price", "numeric(12,2)", "numeric(10,2)", null, null),
                new AlterColumnType("todo", "at", "timestamp(6)", "timestamp(3)", null, null))) {
            assertOperation(operation, ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);
        }
    }

    @Test
    void commentsTakeShareUpdateExclusiveAndIndexRenamesLockOnlyTheIndex() {
        assertOperation(new AlterTableComment("todo", "x", null), SHARE_UPDATE_EXCLUSIVE, TableWork.CATALOG, SAFE);
        assertOperation(new AlterColumnComment("billing.invoice", "note", "x", null), SHARE_UPDATE_EXCLUSIVE,
                TableWork.CATALOG, SAFE);
        assertEquals("billing.invoice", only(new AlterColumnComment("billing.invoice", "note", "x", null))
                .statements().get(0).locks().get(0).table());
        OperationLocks renamed = only(new RenameIndex("todo", "ix", "ix2"));
        assertTrue(renamed.heaviest().locks().isEmpty(), "ALTER INDEX RENAME locks the index, not its table");
        assertEquals(SAFE, renamed.verdict());
    }

    @Test
    void sequencesAndSchemasLockNoTable() {
        for (MigrationOperation operation : List.of(new CreateSequence(new SequenceDef("s", 1, 50)),
                new DropSequence("s", null), new AlterSequence(new SequenceDef("s", 1, 10), null),
                new RenameSequence("s", "t"), new CreateSchema("billing"), new DropSchema("billing"))) {
            OperationLocks locks = only(operation);
            assertEquals(SAFE, locks.verdict(), operation.describe());
            assertTrue(locks.statements().get(0).locks().isEmpty(), operation.describe());
        }
    }

    @Test
    void constraintsAndIndexesOnExistingTablesScanUnderBlockingLocks() {
        assertOperation(new CreateIndex("todo", new IndexDef("ix", List.of("due"), false)), SHARE, TableWork.SCAN, RISKY);
        assertOperation(new AddPrimaryKey("todo", new PrimaryKeyDef(null, List.of("id"))), ACCESS_EXCLUSIVE,
                TableWork.SCAN, RISKY);
        assertOperation(new AddUnique("todo", new UniqueDef("uk", List.of("title"))), ACCESS_EXCLUSIVE, TableWork.SCAN, RISKY);
        assertOperation(new AddCheck("todo", new CheckDef("ck", "priority > 0")), ACCESS_EXCLUSIVE, TableWork.SCAN, RISKY);
        assertOperation(new AlterColumnNullability("todo", "due", false, null), ACCESS_EXCLUSIVE, TableWork.SCAN, RISKY);
    }

    @Test
    void aForeignKeyLocksBothTablesAndBlocksTheirWritesWhileItScans() {
        OperationLocks locks = only(new AddForeignKey("todo", FK));
        assertStep(locks.heaviest(), SHARE_ROW_EXCLUSIVE, TableWork.SCAN, RISKY);
        assertEquals(List.of(new TableLock("todo", SHARE_ROW_EXCLUSIVE), new TableLock("todo_list", SHARE_ROW_EXCLUSIVE)),
                locks.heaviest().locks());
        assertTrue(locks.reasons().get(0).startsWith("SHARE ROW EXCLUSIVE on todo and todo_list blocks writes while it scans todo"),
                locks.reasons().toString());
        OperationLocks drop = only(new DropForeignKey("todo", "fk_todo_list", FK));
        assertEquals(List.of(new TableLock("todo", ACCESS_EXCLUSIVE), new TableLock("todo_list", ACCESS_EXCLUSIVE)),
                drop.heaviest().locks());
        assertEquals(SAFE, drop.verdict());
    }

    @Test
    void typeChangesThatAreNotBinaryCoercibleRewrite() {
        for (MigrationOperation operation : List.of(
                new AlterColumnType("todo", "id", "bigint", "integer", null, null),
                new AlterColumnType("todo", "title", "varchar(20)", "varchar(50)", null, null),
                new AlterColumnType("todo", "price", "numeric(12,3)", "numeric(10,2)", null, null),
                new AlterColumnType("todo", "title", "varchar(100)", "varchar(50)", "upper(title)", null),
                new AlterColumnType("todo", "title", "varchar(100)", null, null, null),
                new ExecuteSql("ALTER TABLE todo ALTER COLUMN title TYPE text", null))) {
            assertOperation(operation, ACCESS_EXCLUSIVE, TableWork.REWRITE, RISKY);
        }
    }

    @Test
    void columnsFilledPerRowRewrite() {
        assertOperation(new AddColumn("todo", ColumnDef.of("uid", "uuid").defaultValue("gen_random_uuid()")),
                ACCESS_EXCLUSIVE, TableWork.REWRITE, RISKY);
        assertOperation(new AddColumn("todo", ColumnDef.of("n", "bigint").notNull().generatedByDefaultAsIdentity()),
                ACCESS_EXCLUSIVE, TableWork.REWRITE, RISKY);
        assertOperation(new ExecuteSql("alter table todo add column n bigserial", null), ACCESS_EXCLUSIVE,
                TableWork.REWRITE, RISKY);
    }

    @Test
    void addIdentityReadsTheMaximumUnderItsBriefLock() {
        OperationLocks locks = only(new AddIdentity("todo", "id", Identity.BY_DEFAULT));
        assertStep(locks.statements().get(0), ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);
        assertStep(locks.statements().get(1), ACCESS_SHARE, TableWork.READ, SAFE);
    }

    @Test
    void aLockHeldUntilCommitWhileTheSameTransactionScansIsRisky() {
        OperationLocks backfilled = only(new AddColumn("todo", ColumnDef.of("rank", "integer").notNull()
                .backfill("(SELECT 1)")));
        assertEquals(3, backfilled.statements().size());
        assertEquals(RISKY, backfilled.statements().get(0).verdict());
        assertTrue(backfilled.statements().get(0).reason().contains("until commit"), backfilled.statements().get(0).reason());
        assertStep(backfilled.statements().get(1), ROW_EXCLUSIVE, TableWork.WRITES_ALL_ROWS, RISKY);

        MigrationLocks two = analyse(new AddColumn("todo", ColumnDef.of("due", "date")),
                new CreateIndex("todo_list", new IndexDef("ix", List.of("name"), false)));
        OperationLocks added = two.operations().get(0);
        assertEquals(RISKY, added.verdict());
        assertEquals(List.of("ACCESS EXCLUSIVE on todo blocks reads and writes until commit, while the same transaction"
                + " runs create index ix on todo_list (name), which scans todo_list"), added.reasons());

        MigrationLocks autocommitted = analysis.analyse(List.of(new AddColumn("todo", ColumnDef.of("due", "date")),
                new CreateIndex("todo_list", new IndexDef("ix", List.of("name"), false))), false);
        assertEquals(SAFE, autocommitted.operations().get(0).verdict(), "each statement commits on its own");
    }

    @Test
    void handWrittenSqlIsRecognisedOrLeftForReview() {
        assertOperation(new ExecuteSql("CREATE INDEX CONCURRENTLY ix ON todo (due)", null), SHARE_UPDATE_EXCLUSIVE,
                TableWork.SCAN, SAFE);
        assertOperation(new ExecuteSql("UPDATE todo SET owner = 'x'", null), ROW_EXCLUSIVE, TableWork.WRITES_ALL_ROWS, RISKY);
        assertOperation(new ExecuteSql("UPDATE todo SET owner = 'x' WHERE id < 1000", null), ROW_EXCLUSIVE,
                TableWork.WRITES_SOME_ROWS, SAFE);
        assertOperation(new ExecuteSql("delete from \"Todo\"", null), ROW_EXCLUSIVE, TableWork.WRITES_ALL_ROWS, RISKY);
        assertEquals("Todo", only(new ExecuteSql("delete from \"Todo\"", null)).table());
        assertOperation(new ExecuteSql("ALTER TABLE billing.invoice ADD CONSTRAINT ck CHECK (total >= 0) NOT VALID", null),
                ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);
        assertOperation(new ExecuteSql("ALTER TABLE todo VALIDATE CONSTRAINT ck", null), SHARE_UPDATE_EXCLUSIVE,
                TableWork.SCAN, SAFE);
        assertOperation(new ExecuteSql("-- tidy up\nTRUNCATE todo", null), ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);

        OperationLocks block = only(new ExecuteSql("DO $$ BEGIN PERFORM 1; END $$", null));
        assertEquals(UNKNOWN, block.verdict());
        assertTrue(block.reasons().get(0).startsWith("not recognised: review by hand"), block.reasons().toString());
        assertEquals(UNKNOWN, only(new ExecuteSql("ALTER TABLE todo SET TABLESPACE fast", null)).verdict());
    }

    @Test
    void theSafeFormsInOneTransactionAreNoSaferThanThePlainOnes() {
        OperationLocks locks = only(new ExecuteSql("ALTER TABLE todo ADD CONSTRAINT nn CHECK (due IS NOT NULL) NOT VALID;"
                + " ALTER TABLE todo VALIDATE CONSTRAINT nn; ALTER TABLE todo ALTER COLUMN due SET NOT NULL", null));
        assertEquals(3, locks.statements().size());
        assertEquals(RISKY, locks.statements().get(0).verdict(), "the NOT VALID lock is held while VALIDATE scans");
        assertStep(locks.statements().get(1), SHARE_UPDATE_EXCLUSIVE, TableWork.SCAN, SAFE);
        assertStep(locks.statements().get(2), ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);
    }

    /** A dialect that plans each {@code ;}-separated part of an {@code execute} as its own step, as the lock-safe forms run. */
    private static final class SteppedDialect implements SqlDialect {
        private final PostgresDialect postgres = new PostgresDialect();

        @Override
        public List<String> toSql(MigrationOperation operation) {
            return postgres.toSql(operation);
        }

        @Override
        public List<PlannedStatement> plan(MigrationOperation operation) {
            if (!(operation instanceof ExecuteSql execute)) {
                return postgres.plan(operation);
            }
            List<PlannedStatement> steps = new ArrayList<>();
            for (String part : execute.sql().split(";")) {
                String sql = part.strip();
                boolean inTransaction = sql.startsWith("IN ");
                steps.add(new PlannedStatement(inTransaction ? sql.substring(3) : sql, sql.contains("CONCURRENTLY") ? Execution.OUTSIDE_TRANSACTION
                        : inTransaction ? Execution.IN_TRANSACTION : Execution.COMMIT_AFTER));
            }
            return steps;
        }

        @Override
        public LockAnalysis lockAnalysis() {
            return new PostgresLockAnalysis(this);
        }

        @Override
        public String name() {
            return "stepped";
        }
    }

    private static OperationLocks stepped(String steps) {
        return new SteppedDialect().lockAnalysis().analyse(List.of(new ExecuteSql(steps, null)), true).operations().get(0);
    }

    @Test
    void setNotNullViaAValidatedCheckSkipsTheScanStepByStep() {
        OperationLocks locks = stepped("UPDATE todo SET due = CURRENT_DATE WHERE due IS NULL;"
                + "ALTER TABLE todo ADD CONSTRAINT todo_due_not_null CHECK (due IS NOT NULL) NOT VALID;"
                + "ALTER TABLE todo VALIDATE CONSTRAINT todo_due_not_null;"
                + "ALTER TABLE todo ALTER COLUMN due SET NOT NULL;"
                + "ALTER TABLE todo DROP CONSTRAINT todo_due_not_null");
        assertStep(locks.statements().get(0), ROW_EXCLUSIVE, TableWork.WRITES_SOME_ROWS, SAFE);
        assertStep(locks.statements().get(1), ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);
        assertStep(locks.statements().get(2), SHARE_UPDATE_EXCLUSIVE, TableWork.SCAN, SAFE);
        assertStep(locks.statements().get(3), ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);
        assertStep(locks.statements().get(4), ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);
        assertEquals(SAFE, locks.verdict());
    }

    @Test
    void setNotNullWithoutTheValidatedCheckStillScans() {
        OperationLocks locks = stepped("ALTER TABLE todo ADD CONSTRAINT todo_due_not_null CHECK (due IS NOT NULL) NOT VALID;"
                + "ALTER TABLE todo ALTER COLUMN due SET NOT NULL");
        assertStep(locks.statements().get(1), ACCESS_EXCLUSIVE, TableWork.SCAN, RISKY);
    }

    @Test
    void foreignKeyNotValidThenValidateBlocksNothingForLong() {
        OperationLocks locks = stepped("ALTER TABLE todo ADD CONSTRAINT fk FOREIGN KEY (list_id) REFERENCES todo_list (id) NOT VALID;"
                + "ALTER TABLE todo VALIDATE CONSTRAINT fk");
        assertStep(locks.statements().get(0), SHARE_ROW_EXCLUSIVE, TableWork.CATALOG, SAFE);
        assertEquals(2, locks.statements().get(0).locks().size());
        assertStep(locks.statements().get(1), SHARE_UPDATE_EXCLUSIVE, TableWork.SCAN, SAFE);
        assertEquals(SAFE, locks.verdict());
    }

    @Test
    void uniqueAndPrimaryKeyUsingAConcurrentIndexBlockOnlyBriefly() {
        OperationLocks unique = stepped("CREATE UNIQUE INDEX CONCURRENTLY uk ON todo (title);"
                + "ALTER TABLE todo ADD CONSTRAINT uk UNIQUE USING INDEX uk");
        assertStep(unique.statements().get(0), SHARE_UPDATE_EXCLUSIVE, TableWork.SCAN, SAFE);
        assertStep(unique.statements().get(1), ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);
        OperationLocks key = stepped("CREATE UNIQUE INDEX CONCURRENTLY todo_pkey ON todo (id);"
                + "ALTER TABLE todo ADD CONSTRAINT todo_pkey PRIMARY KEY USING INDEX todo_pkey");
        assertEquals(SAFE, key.verdict());
        OperationLocks drop = stepped("DROP INDEX CONCURRENTLY ix");
        assertEquals(SAFE, drop.verdict());
    }

    @Test
    void aConcurrentStepEndsTheTransactionBeforeIt() {
        OperationLocks locks = stepped("IN ALTER TABLE todo ADD COLUMN due date;CREATE INDEX CONCURRENTLY ix ON todo (due)");
        assertEquals(SAFE, locks.verdict(), locks.reasons().toString());
    }

    @Test
    void theDialectsLockSafeOperationsBlockNothingForLongStepByStep() {
        OperationLocks index = only(new CreateIndex("todo", new IndexDef("ix", List.of("due"), false), true));
        assertStep(index.heaviest(), SHARE_UPDATE_EXCLUSIVE, TableWork.SCAN, SAFE);
        assertEquals(Execution.OUTSIDE_TRANSACTION, index.heaviest().execution());
        assertOperation(new DropIndex("todo", "ix", null, true), SHARE_UPDATE_EXCLUSIVE, TableWork.CATALOG, SAFE);
        assertOperation(new AddForeignKey("todo", FK, true), SHARE_ROW_EXCLUSIVE, TableWork.CATALOG, SAFE);
        assertOperation(new AddCheck("todo", new CheckDef("ck", "priority > 0"), true), ACCESS_EXCLUSIVE,
                TableWork.CATALOG, SAFE);
        assertOperation(new ValidateConstraint("todo", "ck"), SHARE_UPDATE_EXCLUSIVE, TableWork.SCAN, SAFE);

        OperationLocks notNull = only(new SetNotNullViaCheck("todo", "due", "CURRENT_DATE"));
        assertEquals(5, notNull.statements().size());
        assertStep(notNull.statements().get(0), ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);
        assertStep(notNull.statements().get(1), ROW_EXCLUSIVE, TableWork.WRITES_SOME_ROWS, SAFE);
        assertStep(notNull.statements().get(2), SHARE_UPDATE_EXCLUSIVE, TableWork.SCAN, SAFE);
        assertStep(notNull.statements().get(3), ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);
        assertStep(notNull.statements().get(4), ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);
        assertEquals(SAFE, notNull.verdict());

        for (MigrationOperation operation : List.of(new AddUniqueUsingIndex("todo", new UniqueDef("uk", List.of("title"))),
                new AddPrimaryKeyUsingIndex("todo", new PrimaryKeyDef(null, List.of("id"))))) {
            OperationLocks locks = only(operation);
            assertStep(locks.statements().get(0), SHARE_UPDATE_EXCLUSIVE, TableWork.SCAN, SAFE);
            assertStep(locks.statements().get(1), ACCESS_EXCLUSIVE, TableWork.CATALOG, SAFE);
        }
    }

    @Test
    void aNotValidConstraintCommitsBeforeItsValidateScans() {
        MigrationLocks locks = analysis.analyse(List.of(new AddCheck("todo", new CheckDef("ck", "priority > 0"), true),
                new ValidateConstraint("todo", "ck")), true);
        assertEquals(SAFE, locks.operations().get(0).verdict(), "committed before VALIDATE");
    }

    @Test
    void aStatementInTheTransactionBeforeAValidateCommitsBeforeTheValidateScans() {
        MigrationLocks locks = analyse(new AddColumn("todo_list", ColumnDef.of("note", "text")),
                new ValidateConstraint("todo", "fk_todo_list"));
        assertEquals(SAFE, locks.operations().get(0).verdict(), "VALIDATE runs in a transaction of its own");
        assertEquals(SAFE, locks.operations().get(1).verdict());
    }

    @Test
    void aStatementInTheTransactionBeforeAScanHoldsItsLockWhileTheScanRuns() {
        MigrationLocks locks = analyse(new AddColumn("todo_list", ColumnDef.of("note", "text")),
                new CreateIndex("todo_list", new IndexDef("ix_todo_list_name", List.of("name"), false)));
        assertEquals(RISKY, locks.operations().get(0).verdict(), "ACCESS EXCLUSIVE held until the index build commits");
    }
}
