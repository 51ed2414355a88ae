package dev.autogen.runtime;

import dev.autogen.runtime.history.HistoryEntry;
import dev.autogen.runtime.history.SqlStateAdvice;
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
 */
record Attempt(ResolvedMigration migration, List<String> statements, MigrationResult.Direction direction) {
    private static final String CHECK_SERVER = " Check that the server is up and what ended the session (pg_terminate_backend,"
            + " a restart, a pooler's or the network's timeout).";

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
                + "\nDatabase said: " + failure.getMessage() + "\n" + FailureAdvice.of(failure.sqlException()),
                failure.getCause());
    }

    /**
     * A statement of a transactional migration waited for a lock longer than the DDL lock timeout on
     * every attempt; each attempt rolled back.
     */
    AutogenException lockNotGranted(LockContention contention, String table) {
        String blocker = contention.blockers().isEmpty() ? "" : " (SELECT pg_terminate_backend("
                + contention.blockers().get(0).pid() + ") ends the first)";
        return new AutogenException(ErrorCode.DDL_LOCK_TIMEOUT, "Migration " + migration.id() + " ("
                + migration.origin() + ") could not lock " + contention.relationShown() + ": statement "
                + (contention.index() + 1) + " of " + statements.size() + " waited more than "
                + contention.timeout().toMillis() + " ms for its lock on each of " + contention.attempts()
                + " attempt(s). Each attempt was rolled back, so nothing of it was " + (upgrading() ? "applied" : "undone")
                + " and " + table + " is unchanged. Statement: " + VisibleText.oneLine(contention.statement()) + "\n"
                + contention.blockersShown() + "\nLet those sessions finish, or end them" + blocker + ", then run the"
                + " command again; a long report or a session left idle in transaction is the usual cause. Or allow"
                + " more with --ddl-lock-retries (ddlLockRetries) or a longer --ddl-lock-timeout (ddlLockTimeout):"
                + " while a statement waits, every other session that uses the table waits behind it.");
    }

    /** The connection was lost during a transactional migration, at a statement ({@code index}) or around them ({@code -1}). */
    AutogenException lostInTransaction(int index, SQLException cause) {
        String where = index < 0 ? "" : ", at statement " + (index + 1) + " of " + statements.size();
        return new AutogenException(ErrorCode.CONNECTION_LOST, "The connection to the database was lost while "
                + verbing() + " " + name() + where + ": " + firstLine(cause) + ". It runs in one transaction, so"
                + " it is " + (upgrading() ? "applied" : "undone") + " and recorded in full or not at all: the server"
                + " rolls back what did not commit." + CHECK_SERVER + " Then run the command again; it goes on from"
                + " where the database is.", cause);
    }

    /** The connection was lost while recording that a non-transactional migration starts. */
    AutogenException lostBeforeStart(SQLException cause, String table) {
        return new AutogenException(ErrorCode.CONNECTION_LOST, "The connection to the database was lost while "
                + verbing() + " " + name() + ", before its first statement: " + firstLine(cause) + ". None of its"
                + " statements ran. It runs outside a transaction, so if 'autogen history' shows it as incomplete in "
                + table + ", " + (upgrading() ? "run 'autogen upgrade --repair' (nothing of it ran)"
                : "run " + IncompleteAdvice.asApplied(migration.id()) + " (nothing of it was undone)") + "."
                + CHECK_SERVER
                + " Then run the command again.", cause);
    }

    /** A statement of a non-transactional migration failed, or the connection was lost there. */
    AutogenException failedOutsideTransaction(StatementRunner.FailedStatement failure, boolean lost, String table) {
        int index = failure.index();
        String what = lost
                ? "The connection to the database was lost while " + verbing() + " " + name()
                + ", which runs outside a transaction, at statement " + (index + 1) + " of " + statements.size() + ": "
                + failure.sql() + "\nDatabase said: " + failure.getMessage() + "\nThat statement may or may not have"
                + " completed; the " + index + " statement(s) before it stay " + (upgrading() ? "applied" : "undone")
                + ", and "
                : "Migration " + migration.id() + " (" + migration.origin() + ") runs outside a transaction and failed"
                + " while " + verbing() + " it, at statement " + (index + 1) + " of " + statements.size() + ": "
                + failure.sql() + "\nDatabase said: " + failure.getMessage() + "\nThe " + index
                + " statement(s) before it stay " + (upgrading() ? "applied" : "undone") + ", and ";
        return new AutogenException(lost ? ErrorCode.CONNECTION_LOST : ErrorCode.MIGRATION_FAILED, what + table
                + " records " + migration.id() + " as incomplete, so nothing else runs until it is repaired. "
                + repairAdvice(), failure.getCause());
    }

    /**
     * Recording a non-transactional migration as done failed after every statement ran: the connection
     * was lost, the lock timed out, or the database refused the history change.
     */
    AutogenException failedAfterEnd(Exception cause, String table) {
        boolean lost = cause instanceof SQLException sql && SqlStateAdvice.isConnectionLost(sql);
        ErrorCode code = lost ? ErrorCode.CONNECTION_LOST
                : cause instanceof AutogenException autogen ? autogen.code() : ErrorCode.DATABASE_ERROR;
        String what = lost ? "The connection to the database was lost" : "Recording failed";
        return new AutogenException(code, what + " after all " + statements.size() + " statement(s) of " + name()
                + " ran outside a transaction, while recording it as " + (upgrading() ? "applied" : "undone") + ": "
                + firstLine(cause) + ". The database has its changes, but " + table + " may still record it as"
                + " incomplete. If 'autogen history' shows it so, run " + (upgrading()
                ? IncompleteAdvice.asApplied(migration.id()) + ", which records it as applied and keeps every other row"
                : IncompleteAdvice.asUndone(migration.parents())) + "." + (lost ? CHECK_SERVER : ""), cause);
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

    private String repairAdvice() {
        return upgrading() ? IncompleteAdvice.afterUpgrade(migration.id())
                : IncompleteAdvice.afterUndo(migration.id(), migration.parents());
    }

    private static String firstLine(Exception cause) {
        String text = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
