package dev.autogen.runtime;

import java.sql.SQLException;

/**
 * What to do next when a migration's statement fails, by the SQL state PostgreSQL gave: the failures
 * that come from the server's limits or from other sessions need another remedy than a fix of the
 * migration's SQL.
 */
final class FailureAdvice {
    private FailureAdvice() {
    }

    /** The advice for a failed statement of a migration that ran in one transaction. */
    static String of(SQLException failure) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        return switch (state) {
            case "53200" -> "The migration takes more locks in one transaction (one per table, index and sequence it"
                    + " creates or changes) than the server's lock table holds: max_locks_per_transaction x"
                    + " (max_connections + max_prepared_transactions). Raise max_locks_per_transaction (a server"
                    + " restart), or put transactional = false in its @Revision so that each statement commits on"
                    + " its own (docs/runtime.md, 'Migrations outside a transaction'), or split it into smaller"
                    + " revisions; then run the command again.";
            case "55P03" -> "Another session holds a lock on a table the migration changes, and the server's"
                    + " lock_timeout ran out. Find it in pg_locks and pg_stat_activity, let it finish or end it,"
                    + " then run the command again.";
            case "57014" -> "The statement was cancelled, usually by the server's statement_timeout. Raise it for the"
                    + " migrating role (ALTER ROLE ... SET statement_timeout = ...) or run the long statement in a"
                    + " revision with transactional = false, then run the command again.";
            case "40P01" -> "It deadlocked with another session. Run the command again, when that session is done.";
            default -> "Fix the migration, then run the command again.";
        };
    }
}
