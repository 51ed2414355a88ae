package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.ops.MigrationOperation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static dev.autogen.runtime.Ddl.check;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.index;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a migration's statements are cut into the units that commit on their own. */
class SteppedPlanTest {
    private static SteppedPlan plan(Consumer<Operations> migration) {
        OperationRecorder recorder = new OperationRecorder();
        migration.accept(recorder);
        List<MigrationOperation> operations = recorder.operations();
        return SteppedPlan.of(new PostgresDialect(), operations);
    }

    @Test
    void aPlanOfPlainFormsIsOneUnitAndNotStepped() {
        SteppedPlan plan = plan(op -> {
            op.addColumn("todo", column("due_at", "date"));
            op.createIndex("todo", index("ix_todo_due_at", "due_at"));
        });

        assertFalse(plan.stepped());
        assertEquals(List.of(new SteppedPlan.Unit(0, 2, false)), plan.units());
    }

    @Test
    void statementsInTheTransactionJoinTheNextCommitAndAConcurrentStatementIsAUnitOfItsOwn() {
        SteppedPlan plan = plan(op -> {
            op.addColumn("todo", column("due_at", "date"));
            op.createIndexConcurrently("todo", index("ix_todo_due_at", "due_at"));
            op.addColumn("todo", column("rank", "integer"));
            op.addCheckNotValid("todo", check("ck_todo_rank", "rank > 0"));
            op.validateConstraint("todo", "ck_todo_rank");
            op.setComment("todo", "rank", "order in the list");
        });

        assertTrue(plan.stepped());
        assertEquals(List.of(new SteppedPlan.Unit(0, 1, false), new SteppedPlan.Unit(1, 2, true),
                new SteppedPlan.Unit(2, 4, false), new SteppedPlan.Unit(4, 5, false),
                new SteppedPlan.Unit(5, 6, false)), plan.units());
        assertEquals(List.of("ALTER TABLE todo ADD COLUMN rank integer",
                "ALTER TABLE todo ADD CONSTRAINT ck_todo_rank CHECK (rank > 0) NOT VALID"),
                plan.statements(plan.units().get(2)));
    }

    @Test
    void aScanningStepStartsATransactionOfItsOwnSoNoEarlierLockIsHeldDuringItsScan() {
        SteppedPlan plan = plan(op -> {
            op.addColumn("todo", column("rank", "integer"));
            op.validateConstraint("todo", "ck_todo_rank");
            op.addColumn("todo", column("due_at", "date"));
        });

        assertEquals(List.of(new SteppedPlan.Unit(0, 1, false), new SteppedPlan.Unit(1, 2, false),
                new SteppedPlan.Unit(2, 3, false)), plan.units());
        assertEquals(List.of("ALTER TABLE todo VALIDATE CONSTRAINT ck_todo_rank"), plan.statements(plan.units().get(1)));
    }

    @Test
    void setNotNullAndTheDropOfItsHelperCheckCommitTogether() {
        SteppedPlan plan = plan(op -> op.setNotNullViaCheck("todo", "title"));

        assertEquals(List.of(new SteppedPlan.Unit(0, 1, false), new SteppedPlan.Unit(1, 2, false),
                new SteppedPlan.Unit(2, 4, false)), plan.units());
    }

    @Test
    void aRunResumesOnlyWhereAUnitStarts() {
        SteppedPlan plan = plan(op -> op.setNotNullViaCheck("todo", "title"));

        assertEquals(plan.units().subList(1, 3), plan.unitsFrom(1));
        assertEquals(plan.units(), plan.unitsFrom(0));
        assertNull(plan.unitsFrom(3), "statement 4 commits with statement 3");
        assertNull(plan.unitsFrom(4));
    }
}
