package dev.autogen.runtime;

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
                : "run 'autogen stamp " + migration.id() + "' (nothing of it was undone)") + "." + CHECK_SERVER
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

    /** The connection was lost after every statement of a non-transactional migration ran. */
    AutogenException lostAfterEnd(SQLException cause, String table) {
        return new AutogenException(ErrorCode.CONNECTION_LOST, "The connection to the database was lost after all "
                + statements.size() + " statement(s) of " + name() + " ran outside a transaction, while recording it as "
                + (upgrading() ? "applied" : "undone") + ": " + firstLine(cause) + ". If 'autogen history' still shows"
                + " it as incomplete in " + table + ", run " + (upgrading() ? "'autogen stamp " + migration.id() + "'"
                : stampParents()) + " to record what the database now is." + CHECK_SERVER,
                cause);
    }

    /** Under the lock, and after waiting for the running lock, the migration or a parent it needs is still incomplete. */
    AutogenException foundIncomplete(HistoryEntry incomplete, String table) {
        String revision = incomplete.revision();
        boolean own = revision.equals(migration.id());
        return new AutogenException(ErrorCode.INCOMPLETE_MIGRATION, "Revision " + revision + " ("
                + incomplete.description() + ")" + (own ? "" : ", a parent of " + migration.id() + ",")
                + " is recorded as incomplete in " + table + ", and no deploy holds the running lock: a deploy"
                + " stopped half-way through it outside a transaction (or one that had no second connection for that"
                + " lock is still running it). Nothing of " + migration.id() + " ran here. When no other deploy is"
                + " running, finish or undo what of " + revision + " ran by hand, then run 'autogen upgrade --repair'"
                + " to run it again, or 'autogen stamp " + revision + "' to record it as applied.");
    }

    /** Under the lock, another deploy turned out to have moved the history so that the migration cannot run. */
    AutogenException historyMoved(String what, String table) {
        return new AutogenException(ErrorCode.HISTORY_MISMATCH, "The history in " + table + " changed while this"
                + " deploy ran: " + what + ", so " + migration.id() + " was not " + (upgrading() ? "applied" : "undone")
                + ". Another deploy is probably moving the database the other way; wait for it, check"
                + " 'autogen current', then run the command again.");
    }

    private String repairAdvice() {
        if (upgrading()) {
            return "Finish or undo those statements by hand, then run 'autogen upgrade --repair' to run the migration"
                    + " again, or 'autogen stamp " + migration.id() + "' to record it as applied.";
        }
        return "Finish or revert those statements by hand, then run " + stampParents()
                + " if it is all undone, or 'autogen stamp " + migration.id() + "' if it is all in place.";
    }

    private String stampParents() {
        List<String> parents = migration.parents();
        if (parents.size() > 1) {
            return "'autogen stamp' with the revision the database is at without it (its parents: "
                    + String.join(", ", parents) + ")";
        }
        return "'autogen stamp " + (parents.isEmpty() ? "base" : parents.get(0)) + "'";
    }

    private static String firstLine(SQLException cause) {
        String text = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
