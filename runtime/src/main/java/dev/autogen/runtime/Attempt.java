package dev.autogen.runtime;

import dev.autogen.runtime.dialect.ErrorClassifier;
import dev.autogen.runtime.history.HistoryEntry;
import dev.autogen.runtime.load.ResolvedMigration;

import java.sql.SQLException;
import java.util.List;

/**
 * One run of a migration, up or down, and what to tell the user when it does not finish: what
 * happened, what state it left, and what to do next.
 *
 * @param migration  the migration
 * @param statements its statements in this direction
 * @param direction  applying or undoing
 * @param errors     what the dialect's errors mean, and the advice for a failed statement
 */
record Attempt(ResolvedMigration migration, List<String> statements, MigrationResult.Direction direction,
               ErrorClassifier errors) {
    private static final int LISTED_AT_MOST = 10;

    /** An attempt whose errors are told apart by the SQL standard's states only. */
    Attempt(ResolvedMigration migration, List<String> statements, MigrationResult.Direction direction) {
        this(migration, statements, direction, ErrorClassifier.standard());
    }

    /** What to check after a lost connection: that the server is up, and what ended the session. */
    private String checkServer() {
        return " Check that the server is up and what ended the session (" + errors.whatEndsSessions() + ").";
    }

    private boolean upgrading() {
        return direction == MigrationResult.Direction.UPGRADE;
    }

    private String name() {
        return "migration " + migration.id() + " (" + migration.origin() + ")";
    }

    private String verbing() {
        return upgrading() ? "applying" : "undoing";
    }

    /** A statement of a transactional migration failed; the transaction rolled back. */
    AutogenException failedInTransaction(StatementRunner.FailedStatement failure) {
        return new AutogenException(ErrorCode.MIGRATION_FAILED, "Migration " + migration.id() + " ("
                + migration.origin() + ") failed and was rolled back; nothing of it was "
                + (upgrading() ? "applied" : "undone") + ". Failing statement: " + failure.sql()
                + "\nDatabase said: " + failure.getMessage() + "\n" + errors.migrationAdvice(failure.sqlException()),
                failure.getCause());
    }

    /**
     * A statement of a transactional migration waited for a lock longer than the DDL lock timeout on
     * every attempt; each attempt rolled back.
     */
    AutogenException lockNotGranted(LockContention contention, String table) {
        return new AutogenException(ErrorCode.DDL_LOCK_TIMEOUT, "Migration " + migration.id() + " ("
                + migration.origin() + ") could not lock " + contention.relationShown() + ": statement "
                + (contention.index() + 1) + " of " + statements.size() + waited(contention) + " Each attempt was"
                + " rolled back, so nothing of it was " + (upgrading() ? "applied" : "undone") + " and " + table
                + " is unchanged. Statement: " + VisibleText.oneLine(contention.statement()) + "\n"
                + contention.blockersShown() + "\n" + blockedAdvice(contention));
    }

    /**
     * A statement of a stepped migration's unit waited for a lock longer than the DDL lock timeout on
     * every attempt; each attempt of that unit rolled back, the units before it stay committed.
     */
    AutogenException stepLockNotGranted(SteppedPlan plan, SteppedPlan.Unit unit, LockContention contention,
                                        String table) {
        int done = unit.from();
        return new AutogenException(ErrorCode.DDL_LOCK_TIMEOUT, "Migration " + migration.id() + " ("
                + migration.origin() + ") could not lock " + contention.relationShown() + ": statement "
                + (contention.index() + 1) + " of " + plan.size() + waited(contention) + " Each attempt of that step"
                + " (statement" + range(unit) + ") was rolled back. Statement: "
                + VisibleText.oneLine(contention.statement()) + "\n" + contention.blockersShown() + "\n"
                + committed(plan, done) + "\n" + table + " records " + migration.id() + " as under way with " + done
                + " of " + Plural.of(plan.size(), "statement") + " done; the next run resumes at statement " + (done + 1) + ".\n"
                + blockedAdvice(contention));
    }

    private static String waited(LockContention contention) {
        return " ran into " + contention.waits().timeoutName() + " (--ddl-lock-timeout " + contention.timeout().toMillis() + "ms, unless the"
                + " migration sets its own) waiting for its lock, on each of " + Plural.of(contention.attempts(), "attempt") + ".";
    }

    private static String blockedAdvice(LockContention contention) {
        String first = contention.blockers().isEmpty() ? "" : contention.waits()
                .endSession(contention.blockers().get(0).pid()).map(end -> " (" + end + " ends the first)").orElse("");
        return "Let those sessions finish, or end them" + first + ", then run the command again; a long report or a"
                + " session left idle in transaction is the usual cause. Or allow more with --ddl-lock-retries"
                + " (ddlLockRetries) or a longer --ddl-lock-timeout (ddlLockTimeout): while a statement waits, every"
                + " other session that uses the table waits behind it.";
    }

    /** The connection was lost during a transactional migration, at a statement ({@code index}) or around them ({@code -1}). */
    AutogenException lostInTransaction(int index, SQLException cause) {
        String where = index < 0 ? "" : ", at statement " + (index + 1) + " of " + statements.size();
        return new AutogenException(ErrorCode.CONNECTION_LOST, "The connection to the database was lost while "
                + verbing() + " " + name() + where + ": " + firstLine(cause) + ". It runs in one transaction, so"
                + " it is " + (upgrading() ? "applied" : "undone") + " and recorded in full or not at all: the server"
                + " rolls back what did not commit." + checkServer() + " Then run the command again; it goes on from"
                + " where the database is.", cause);
    }

    /** The connection was lost while recording that a non-transactional migration starts. */
    AutogenException lostBeforeStart(SQLException cause, String table) {
        return new AutogenException(ErrorCode.CONNECTION_LOST, "The connection to the database was lost while "
                + verbing() + " " + name() + ", before its first statement: " + firstLine(cause) + ". None of its"
                + " statements ran. It runs outside a transaction, so if 'autogen history' shows it as incomplete in "
                + table + ", " + (upgrading() ? "run 'autogen upgrade --repair' (nothing of it ran)"
                : "run " + IncompleteAdvice.asApplied(migration.id()) + " (nothing of it was undone)") + "."
                + checkServer()
                + " Then run the command again.", cause);
    }

    /** A statement of a non-transactional migration failed, or the connection was lost there. */
    AutogenException failedOutsideTransaction(StatementRunner.FailedStatement failure, boolean lost, String table) {
        int index = failure.index();
        String what = lost
                ? "The connection to the database was lost while " + verbing() + " " + name()
                + ", which runs outside a transaction, at statement " + (index + 1) + " of " + statements.size() + ": "
                + failure.sql() + "\nDatabase said: " + failure.getMessage() + "\nThat statement may or may not have"
                + " completed; " + earlier(index) + ", and "
                : "Migration " + migration.id() + " (" + migration.origin() + ") runs outside a transaction and failed"
                + " while " + verbing() + " it, at statement " + (index + 1) + " of " + statements.size() + ": "
                + failure.sql() + "\nDatabase said: " + failure.getMessage() + "\n"
                + capitalized(earlier(index)) + ", and ";
        return new AutogenException(lost ? ErrorCode.CONNECTION_LOST : ErrorCode.MIGRATION_FAILED, what + table
                + " records " + migration.id() + " as incomplete, so nothing else runs until it is repaired. "
                + repairAdvice(), failure.getCause());
    }

    /**
     * Recording a non-transactional migration as done failed after every statement ran: the connection
     * was lost, the lock timed out, or the database refused the history change.
     */
    AutogenException failedAfterEnd(Exception cause, String table) {
        boolean lost = cause instanceof SQLException sql && errors.isConnectionLost(sql);
        ErrorCode code = lost ? ErrorCode.CONNECTION_LOST
                : cause instanceof AutogenException autogen ? autogen.code() : ErrorCode.DATABASE_ERROR;
        String what = lost ? "The connection to the database was lost" : "Recording failed";
        return new AutogenException(code, what + " after " + all(statements.size()) + " of " + name()
                + " ran outside a transaction, while recording it as " + (upgrading() ? "applied" : "undone") + ": "
                + firstLine(cause) + ". The database has its changes, but " + table + " may still record it as"
                + " incomplete. If 'autogen history' shows it so, run " + (upgrading()
                ? IncompleteAdvice.asApplied(migration.id()) + ", which records it as applied and keeps every other row"
                : IncompleteAdvice.asUndone(migration.parents())) + "." + (lost ? checkServer() : ""), cause);
    }

    /** Under the lock, and after waiting for the running lock, the migration or a parent it needs is still incomplete. */
    AutogenException foundIncomplete(HistoryEntry incomplete, String table) {
        String revision = incomplete.revision();
        boolean own = revision.equals(migration.id());
        return new AutogenException(ErrorCode.INCOMPLETE_MIGRATION, "Revision " + revision + " ("
                + incomplete.description() + ")" + (own ? "" : ", a parent of " + migration.id() + ",")
                + " is recorded as incomplete in " + table + ", and no other deploy holds the running lock: a deploy"
                + " stopped half-way through " + (IncompleteAdvice.undoing(incomplete) ? "undoing" : "applying")
                + " it outside a transaction (or one that had no second connection for that lock is still running"
                + " it). Nothing of " + migration.id() + " ran here. Once no other deploy is running: "
                + IncompleteAdvice.of(incomplete));
    }

    /** Under the lock, another deploy turned out to have moved the history so that the migration cannot run. */
    AutogenException historyMoved(String what, String table) {
        return new AutogenException(ErrorCode.HISTORY_MISMATCH, "The history in " + table + " changed while this"
                + " deploy ran: " + what + ", so " + migration.id() + " was not " + (upgrading() ? "applied" : "undone")
                + ". Another deploy is probably moving the database the other way; wait for it, check"
                + " 'autogen current', then run the command again.");
    }

    /**
     * A statement of a stepped migration failed, or the connection was lost there: says which statements
     * committed, what became of the failing step, and what the next run does.
     */
    AutogenException failedStep(SteppedPlan plan, SteppedPlan.Unit unit, int index, String sql, SQLException cause,
                                boolean lost, String table) {
        int done = unit.from();
        String fate;
        if (unit.outside()) {
            fate = "That statement runs outside a transaction" + (lost ? " and may or may not have completed" : "")
                    + "; a CREATE INDEX CONCURRENTLY that does not complete leaves an INVALID index, which the next run"
                    + " drops before building the index again, and one that did complete is kept.";
        } else {
            fate = "The failing step (statement" + range(unit) + ") " + (lost ? "did not commit; the server rolls it back."
                    : "was rolled back.");
        }
        String what = lost ? "The connection to the database was lost while " + verbing() + " " + name()
                : "Migration " + migration.id() + " (" + migration.origin() + ") failed while " + verbing() + " it";
        return new AutogenException(lost ? ErrorCode.CONNECTION_LOST : ErrorCode.MIGRATION_FAILED, what
                + ". It runs its lock-safe steps in commits of their own; it stopped at statement " + (index + 1) + " of "
                + plan.size() + ": " + sql + "\nDatabase said: " + serverMessage(cause) + "\n" + committed(plan, done)
                + "\n" + fate + " " + table + " records " + migration.id() + " as under way with " + done + " of "
                + Plural.of(plan.size(), "statement") + " done. " + nextRun(plan, done), cause);
    }

    /**
     * A statement of a stepped migration failed, or the connection was lost there, on a database whose
     * every statement commits on its own, before the progress it makes is recorded: says which
     * statements are recorded, that the failing one may have completed when the connection was lost
     * or when this run resumed at it, and how to record it as done ({@code settle}) so that the next
     * run resumes after it rather than running it again.
     *
     * @param resumedHere whether this run resumed at the failing statement, after an earlier run stopped there
     * @param sqlTable    the history table's name as SQL, for the statement that records the progress
     */
    AutogenException failedSelfCommittingStep(SteppedPlan plan, int index, String sql, SQLException cause,
                                              boolean lost, boolean resumedHere, String table, String sqlTable) {
        String settle = "UPDATE " + sqlTable + " SET completed_statements = " + (index + 1) + " WHERE revision = '"
                + migration.id().replace("'", "''") + "'";
        String fate;
        if (lost) {
            fate = "Statement " + (index + 1) + " may have completed before the connection was lost: on this database"
                    + " each statement commits on its own, before its progress is recorded. Check whether its change"
                    + " is in the database; if it is, record it as done with " + settle + "; then run the command"
                    + " again, which resumes after it.";
        } else if (resumedHere) {
            fate = "This run resumed at statement " + (index + 1) + ", where an earlier run stopped; that run may"
                    + " have completed it without recording it (on this database each statement commits on its own,"
                    + " before its progress is recorded, so a crash or a lost connection in between leaves it"
                    + " unrecorded), which makes it fail now, e.g. on an object that exists already. If the database"
                    + " shows its change, record it as done with " + settle + "; then run the command again, which"
                    + " resumes after it.";
        } else {
            fate = "The database reported statement " + (index + 1) + " as failed, so it most likely made no change;"
                    + " if its change shows in the database anyway (a statement that commits part of its work, or a"
                    + " session ended after it), record it as done with " + settle + " before running the command"
                    + " again, which then resumes after it.";
        }
        String what = lost ? "The connection to the database was lost while " + verbing() + " " + name()
                : "Migration " + migration.id() + " (" + migration.origin() + ") failed while " + verbing() + " it";
        return new AutogenException(lost ? ErrorCode.CONNECTION_LOST : ErrorCode.MIGRATION_FAILED, what
                + ". This database commits each statement on its own, so it runs statement by statement and records"
                + " each one done; it stopped at statement " + (index + 1) + " of " + plan.size() + ": " + sql
                + "\nDatabase said: " + serverMessage(cause) + "\n" + committed(plan, index) + "\n" + fate + " " + table
                + " records " + migration.id() + " as under way with " + index + " of "
                + Plural.of(plan.size(), "statement") + " done. " + nextRun(plan, index)
                + (lost ? checkServer() : ""), cause);
    }

    /** Recording the progress after a statement outside a transaction failed; the statement itself ran. */
    AutogenException failedAfterStep(SteppedPlan plan, SteppedPlan.Unit unit, Exception cause, String table) {
        boolean lost = cause instanceof SQLException sql && errors.isConnectionLost(sql);
        ErrorCode code = lost ? ErrorCode.CONNECTION_LOST
                : cause instanceof AutogenException autogen ? autogen.code() : ErrorCode.DATABASE_ERROR;
        return new AutogenException(code, "Statement " + (unit.from() + 1) + " of " + plan.size() + " of " + name()
                + " ran outside a transaction (" + plan.step(unit.from()).sql() + "), but recording that in " + table
                + " failed: " + firstLine(cause) + ". " + committed(plan, unit.from()) + " " + nextRun(plan, unit.from())
                + " That statement is not run twice: an index it built is kept, an index it dropped is not dropped"
                + " again." + (lost ? checkServer() : ""), cause);
    }

    /**
     * The history records the stepped migration under way, but the statements it completed are not
     * known to be the first ones the migration has now: which of them changed is unknown, they ran,
     * and the way out is to restore the migration, or to undo them by hand and record that.
     *
     * @param sqlTable the history table's name as SQL, for the statement that records them as undone by hand
     */
    AutogenException changedSincePartialRun(HistoryEntry entry, String table, String sqlTable) {
        int done = entry.progress() == null ? 0 : entry.progress().completedStatements();
        String state = upgrading() ? "applied" : "undone";
        String restart = "UPDATE " + sqlTable + " SET completed_statements = 0 WHERE revision = '"
                + migration.id().replace("'", "''") + "'";
        String unknown = entry.progress() != null && entry.progress().completedChecksum() == null
                ? table + " holds no checksum of the statements that ran" : "they are not the ones the migration begins with now";
        String wayOut = upgrading()
                ? "Either restore the migration as it was when they ran and run the command again to resume; or undo"
                + " what they did by hand, then run " + restart + "; and 'autogen upgrade --repair' again, so that the"
                + " next upgrade runs the migration from its first statement."
                : "Either restore the migration as it was when they ran and run the command again to resume; or finish"
                + " what was undone by hand, then run " + restart + "; and " + IncompleteAdvice.asUndone(migration.parents())
                + " to record it as undone; or revert it by hand and run " + IncompleteAdvice.asApplied(migration.id())
                + " to record it as applied.";
        return new AutogenException(ErrorCode.CHECKSUM_MISMATCH, "Revision " + migration.id() + " (" + migration.origin()
                + ") was partly " + state + " by an earlier run, which " + table + " records: its first "
                + Plural.of(done, "statement") + " ran and stay " + state + ". The migration changed since, and which of"
                + " those " + done + " changed is unknown (" + unknown + "), so autogen cannot tell where to go on."
                + " Nothing was run." + firstAsNow(done) + "\n" + wayOut);
    }

    /** The first statements as the migration renders them now, or nothing when there are none. */
    private String firstAsNow(int done) {
        int shown = Math.min(done, statements.size());
        if (shown == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder("\nIts first " + Plural.of(shown, "statement") + " as it reads now (what"
                + " ran may differ):");
        int half = LISTED_AT_MOST / 2;
        for (int i = 0; i < shown; i++) {
            if (shown <= LISTED_AT_MOST || i < half || i >= shown - half) {
                text.append("\n  ").append(i + 1).append(". ").append(firstLine(statements.get(i)));
            } else if (i == half) {
                text.append("\n  …");
            }
        }
        return text.toString();
    }

    private String committed(SteppedPlan plan, int done) {
        if (done == 0) {
            return "None of its statements has committed.";
        }
        StringBuilder text = new StringBuilder(done == 1 ? "Statement 1" : "Statements 1");
        text.append(done > 1 ? "-" + done : "").append(done == 1 ? " committed and stays " : " committed and stay ").append(upgrading() ? "applied" : "undone")
                .append(":");
        int half = LISTED_AT_MOST / 2;
        for (int i = 0; i < done; i++) {
            if (done <= LISTED_AT_MOST || i < half || i >= done - half) {
                text.append("\n  ").append(i + 1).append(". ").append(firstLine(plan.step(i).sql()));
            } else if (i == half) {
                text.append("\n  …");
            }
        }
        return text.append("\n").toString().stripTrailing();
    }

    private String nextRun(SteppedPlan plan, int done) {
        String resume = "it resumes at statement " + (done + 1) + " (" + firstLine(plan.step(done).sql()) + ")";
        if (upgrading()) {
            return "Fix the cause (for a VALIDATE CONSTRAINT, the rows that break the constraint; for a unique index,"
                    + " the duplicates), or fix the failing statement in the migration, then run 'autogen upgrade'"
                    + " again: " + resume + ". To start it over instead, undo the committed statements by hand, set"
                    + " its completed_statements to 0 in the history table and run 'autogen upgrade --repair', which"
                    + " forgets the record, so that the next upgrade runs it from its first statement.";
        }
        return "Fix the cause, then run the same 'autogen downgrade' again: " + resume + ". To give up instead: "
                + IncompleteAdvice.afterUndo(migration.id(), migration.parents());
    }

    private static String range(SteppedPlan.Unit unit) {
        return unit.to() - unit.from() == 1 ? " " + (unit.from() + 1) : "s " + (unit.from() + 1) + "-" + unit.to();
    }

    private String repairAdvice() {
        return upgrading() ? IncompleteAdvice.afterUpgrade(migration.id())
                : IncompleteAdvice.afterUndo(migration.id(), migration.parents());
    }

    /** The whole message, with the server's {@code Detail:} line that names the row a check or unique build failed on. */
    private static String serverMessage(Exception cause) {
        return (cause.getMessage() == null ? cause.toString() : cause.getMessage()).strip();
    }

    /** What became of the statements before a failed one: "the 2 statements before it stay applied". */
    private String earlier(int count) {
        String state = upgrading() ? "applied" : "undone";
        return count == 0 ? "no statement ran before it" : count == 1 ? "the statement before it stays " + state
                : "the " + count + " statements before it stay " + state;
    }

    /** "all 3 statements", or "its one statement". */
    private static String all(int count) {
        return count == 1 ? "its one statement" : "all " + count + " statements";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String firstLine(Exception cause) {
        return firstLine(cause.getMessage() == null ? cause.toString() : cause.getMessage());
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
