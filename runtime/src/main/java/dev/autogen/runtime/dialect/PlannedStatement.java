package dev.autogen.runtime.dialect;

import java.util.Objects;

/**
 * One SQL statement of a migration together with how the runtime must run it. Most statements run
 * in the migration's transaction; the lock-safe forms need a commit after a step, so that its lock is
 * released before the next one, or a statement that PostgreSQL runs only outside a transaction block.
 *
 * @param sql       the statement, without a trailing semicolon
 * @param execution how it runs
 */
public record PlannedStatement(String sql, Execution execution) {

    /** How the runtime runs a statement. */
    public enum Execution {
        /** In the current transaction, together with the statements around it. */
        IN_TRANSACTION,
        /** In the current transaction, which then commits, so the statement's locks are released before the next one. */
        COMMIT_AFTER,
        /**
         * In a transaction of its own: the transaction before it commits first, and it commits after. For a
         * statement that scans a table, such as {@code VALIDATE CONSTRAINT}, so that no lock an earlier
         * statement took is held for the length of the scan.
         */
        OWN_TRANSACTION,
        /**
         * On its own, outside any transaction block, such as {@code CREATE INDEX CONCURRENTLY}; the transaction
         * before it commits first.
         */
        OUTSIDE_TRANSACTION
    }

    /** A statement checked for presence. */
    public PlannedStatement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(execution, "execution");
    }

    /** A statement that runs in the current transaction. */
    public static PlannedStatement inTransaction(String sql) {
        return new PlannedStatement(sql, Execution.IN_TRANSACTION);
    }
}
