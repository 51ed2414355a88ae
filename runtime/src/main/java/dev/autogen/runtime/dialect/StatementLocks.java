package dev.autogen.runtime.dialect;

import java.util.List;
import java.util.Objects;

/**
 * What one statement of a migration locks, what it does to the rows while it holds the locks,
 * and whether that is a risk.
 *
 * @param sql        the statement
 * @param execution  how the runtime runs it (in the migration's transaction, committed after, or outside one)
 * @param locks      the table locks it takes, the table it works on first; empty for statements on
 *                   other objects (sequences, schemas) or not recognised
 * @param work       what it does to the rows of the first locked table
 * @param verdict    whether it is a risk to a live table
 * @param reason     why, in one sentence: the lock, what it blocks and for how long; empty for safe statements
 *                   that need no explanation
 */
public record StatementLocks(String sql, PlannedStatement.Execution execution, List<TableLock> locks, TableWork work,
                             LockVerdict verdict, String reason) {
    /** Validates the record. */
    public StatementLocks {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(execution, "execution");
        locks = List.copyOf(locks);
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(verdict, "verdict");
        reason = reason == null ? "" : reason;
    }

    /** The strongest lock mode the statement takes, or {@code null} when it takes no table lock. */
    public LockMode strongestMode() {
        return locks.stream().map(TableLock::mode).max(Enum::compareTo).orElse(null);
    }

    /** This statement judged anew. */
    StatementLocks judged(LockVerdict newVerdict, String newReason) {
        return new StatementLocks(sql, execution, locks, work, newVerdict, newReason);
    }
}
