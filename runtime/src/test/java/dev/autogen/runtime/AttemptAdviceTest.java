package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.history.HistoryEntry;
import dev.autogen.runtime.testing.SqlMigrations;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The way out that a half-done migration's messages give: recording it as applied keeps every other
 * row ({@code stamp --add}), recording it as not applied forgets only its row ({@code upgrade --repair}),
 * and the advice follows the direction that was under way.
 */
class AttemptAdviceTest {
    private static final Pattern PLAIN_STAMP = Pattern.compile("'autogen stamp (?!--add )");
    private static final SQLException LOST = new SQLException("An I/O error occurred", "08006");
    private static final SQLException REFUSED = new SQLException("permission denied", "42501");

    private final Attempt undo = attempt(MigrationResult.Direction.DOWNGRADE);
    private final Attempt upgrade = attempt(MigrationResult.Direction.UPGRADE);

    @Test
    void anUndoThatStoppedHalfWayIsRecordedAsUndoneByRepairOrAsAppliedByStampAdd() {
        for (AutogenException error : List.of(
                undo.failedOutsideTransaction(new StatementRunner.FailedStatement(1, "DROP INDEX i", REFUSED), false, "h"),
                undo.failedAfterEnd(LOST, "h"))) {
            String message = error.getMessage();
            assertTrue(message.contains("'autogen upgrade --repair m1'"), message);
            assertFalse(PLAIN_STAMP.matcher(message).find(), message);
        }
        assertTrue(undo.failedOutsideTransaction(new StatementRunner.FailedStatement(1, "DROP INDEX i", REFUSED),
                false, "h").getMessage().contains("'autogen stamp --add m2'"));
    }

    @Test
    void recordingAsAppliedKeepsTheOtherRows() {
        for (AutogenException error : List.of(undo.lostBeforeStart(LOST, "h"), upgrade.failedAfterEnd(REFUSED, "h"),
                upgrade.failedOutsideTransaction(new StatementRunner.FailedStatement(0, "CREATE INDEX i", REFUSED),
                        false, "h"))) {
            String message = error.getMessage();
            assertTrue(message.contains("'autogen stamp --add m2'"), message);
            assertFalse(PLAIN_STAMP.matcher(message).find(), message);
        }
    }

    @Test
    void aFailureWhileRecordingKeepsItsKindAndSaysEveryStatementRan() {
        assertEquals(ErrorCode.CONNECTION_LOST, upgrade.failedAfterEnd(LOST, "h").code());
        assertEquals(ErrorCode.DATABASE_ERROR, upgrade.failedAfterEnd(REFUSED, "h").code());
        AutogenException timedOut = upgrade.failedAfterEnd(
                new AutogenException(ErrorCode.LOCK_TIMEOUT, "Timed out waiting for the lock"), "h");
        assertEquals(ErrorCode.LOCK_TIMEOUT, timedOut.code());
        assertTrue(timedOut.getMessage().contains("after its one statement"), timedOut.getMessage());
    }

    @Test
    void anIncompleteRecordFoundUnderTheLockIsAdvisedByItsDirection() {
        String undoing = upgrade.foundIncomplete(incomplete(null), "h").getMessage();
        String applying = upgrade.foundIncomplete(incomplete("abc"), "h").getMessage();

        assertTrue(undoing.contains("undoing it") && undoing.contains("'autogen upgrade --repair m1'")
                && !undoing.contains("run it again"), undoing);
        assertTrue(applying.contains("applying it") && applying.contains("to run it again")
                && applying.contains("'autogen stamp --add m2'"), applying);
    }

    @Test
    void aFailedStepListsTheCommittedStatementsShortenedInTheMiddleWhenThereAreMany() {
        OperationRecorder recorder = new OperationRecorder();
        for (int i = 1; i <= 30; i++) {
            recorder.addCheckNotValid("t", Ddl.check("ck_" + i, "c <> " + i));
        }
        SteppedPlan plan = SteppedPlan.of(new PostgresDialect(), recorder.operations());
        SteppedPlan.Unit failing = plan.units().get(20);

        String message = upgrade.failedStep(plan, failing, 20, plan.step(20).sql(), REFUSED, false, "h").getMessage();

        assertTrue(message.contains("Statements 1-20 committed and stay applied:\n  1. ALTER TABLE t ADD CONSTRAINT"
                + " ck_1 CHECK (c <> 1) NOT VALID"), message);
        assertTrue(message.contains("\n  5. ALTER TABLE t ADD CONSTRAINT ck_5 CHECK (c <> 5) NOT VALID\n  …\n  16. "),
                message);
        assertTrue(message.contains("20. ALTER TABLE t ADD CONSTRAINT ck_20"), message);
        assertFalse(message.contains("  6. "), message);
        assertTrue(message.contains("it resumes at statement 21 (ALTER TABLE t ADD CONSTRAINT ck_21"), message);
        assertTrue(message.contains("h records m2 as under way with 20 of 30 statements done"), message);
        String undoing = undo.failedStep(plan, failing, 20, plan.step(20).sql(), REFUSED, false, "h").getMessage();
        assertTrue(undoing.contains("run the same 'autogen downgrade' again") && undoing.contains("stay undone"), undoing);
    }

    @Test
    void countsOfOneAndTwoReadRight() {
        OperationRecorder recorder = new OperationRecorder();
        for (int i = 1; i <= 3; i++) {
            recorder.addCheckNotValid("t", Ddl.check("ck_" + i, "c <> " + i));
        }
        SteppedPlan plan = SteppedPlan.of(new PostgresDialect(), recorder.operations());

        String one = upgrade.failedStep(plan, plan.units().get(1), 1, plan.step(1).sql(), REFUSED, false, "h").getMessage();
        String two = upgrade.failedStep(plan, plan.units().get(2), 2, plan.step(2).sql(), REFUSED, false, "h").getMessage();

        assertTrue(one.contains("Statement 1 committed and stays applied:") && one.contains("1 of 3 statements done"), one);
        assertTrue(two.contains("Statements 1-2 committed and stay applied:") && two.contains("2 of 3 statements done"), two);
        String first = upgrade.failedOutsideTransaction(new StatementRunner.FailedStatement(1, "CREATE INDEX j", REFUSED),
                false, "h").getMessage();
        String second = upgrade.failedOutsideTransaction(new StatementRunner.FailedStatement(2, "CREATE INDEX k", REFUSED),
                false, "h").getMessage();
        String none = upgrade.failedOutsideTransaction(new StatementRunner.FailedStatement(0, "CREATE INDEX i", REFUSED),
                false, "h").getMessage();
        assertTrue(first.contains("The statement before it stays applied"), first);
        assertTrue(second.contains("The 2 statements before it stay applied"), second);
        assertTrue(none.contains("No statement ran before it"), none);
        assertFalse((one + two + first + second + none).contains("(s)"));
    }

    private static HistoryEntry incomplete(String checksum) {
        return new HistoryEntry("m2", List.of("m1"), "half done", checksum, null, Instant.now(), 0, false, null);
    }

    private static Attempt attempt(MigrationResult.Direction direction) {
        return new Attempt(SqlMigrations.of("m2", List.of("m1"), false, "CREATE INDEX i ON t (c)"),
                List.of("CREATE INDEX i ON t (c)"), direction);
    }
}
