package dev.autogen.runtime.dialect;

import dev.autogen.runtime.OperationRecorder;
import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.ViewDef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** View operations: their reverse, their SQL, their locks and the {@code Operations} calls that record them. */
class ViewOperationsTest {
    private static final ViewDef OPEN = new ViewDef("billing.open_invoice", "select id, total from billing.invoice where paid = false;");
    private static final ViewDef OPEN_V2 = new ViewDef("billing.open_invoice", "select id from billing.invoice where not paid");
    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void theQueryIsKeptWithoutItsTrailingSemicolon() {
        assertEquals("select id, total from billing.invoice where paid = false", OPEN.query());
        assertThrows(IllegalArgumentException.class, () -> new ViewDef("v", " ; "));
    }

    @Test
    void eachOperationReversesToItsCounterpart() {
        assertEquals(new DropView("billing.open_invoice", OPEN), new CreateView(OPEN).reverse());
        assertEquals(new CreateView(OPEN), new DropView("billing.open_invoice", OPEN).reverse());
        assertEquals(new ReplaceView(OPEN, OPEN_V2), new ReplaceView(OPEN_V2, OPEN).reverse());
        assertThrows(RuntimeException.class, () -> new DropView("v", null).reverse());
        assertThrows(RuntimeException.class, () -> new ReplaceView(OPEN, null).reverse());
        assertThrows(IllegalArgumentException.class, () -> new ReplaceView(OPEN, new ViewDef("other", "select 1")));
    }

    @Test
    void sqlCreatesDropsAndReplacesByDropAndCreate() {
        assertEquals(List.of("CREATE VIEW billing.open_invoice AS select id, total from billing.invoice where paid = false"),
                dialect.toSql(new CreateView(OPEN)));
        assertEquals(List.of("DROP VIEW \"OpenInvoice\""), dialect.toSql(new DropView("OpenInvoice", null)));
        assertEquals(List.of("DROP VIEW IF EXISTS \"OpenInvoice\""), dialect.toSql(new DropView("OpenInvoice", null, true)));
        assertEquals(List.of("DROP VIEW billing.open_invoice",
                        "CREATE VIEW billing.open_invoice AS select id from billing.invoice where not paid"),
                dialect.toSql(new ReplaceView(OPEN_V2, OPEN)));
    }

    @Test
    void locksAreRecognisedOnTheViewItself() {
        for (MigrationOperation operation : List.of(new CreateView(OPEN), new DropView(OPEN.name(), OPEN),
                new ReplaceView(OPEN_V2, OPEN), new DropView(OPEN.name(), OPEN, true))) {
            OperationLocks locks = dialect.lockAnalysis().analyse(List.of(operation), true).operations().get(0);
            assertNotEquals(LockVerdict.UNKNOWN, locks.verdict(), operation.describe());
            for (StatementLocks statement : locks.statements()) {
                assertEquals(List.of(new TableLock("billing.open_invoice", LockMode.ACCESS_EXCLUSIVE)), statement.locks(),
                        statement.sql());
            }
        }
    }

    @Test
    void theOperationsApiRecordsTheSameRecords() {
        OperationRecorder op = new OperationRecorder();
        op.createView(OPEN.name(), OPEN.query());
        op.replaceView(OPEN.name(), OPEN_V2.query(), OPEN.query());
        op.dropView(OPEN.name(), OPEN_V2.query());
        op.dropViewIfExists(OPEN.name(), OPEN_V2.query());
        assertEquals(List.of(new CreateView(OPEN), new ReplaceView(OPEN_V2, OPEN), new DropView(OPEN.name(), OPEN_V2),
                new DropView(OPEN.name(), OPEN_V2, true)), op.operations());
    }
}
