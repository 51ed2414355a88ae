package dev.autogen.runtime.dialect;

import dev.autogen.runtime.ops.MigrationOperation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The locks of one operation: one entry per statement it runs.
 *
 * @param operation  the operation
 * @param statements its statements with their locks, in order
 */
public record OperationLocks(MigrationOperation operation, List<StatementLocks> statements) {
    /** Validates the record. */
    public OperationLocks {
        Objects.requireNonNull(operation, "operation");
        statements = List.copyOf(statements);
    }

    /** The worst verdict of its statements: risky before unknown before safe. */
    public LockVerdict verdict() {
        if (statements.stream().anyMatch(s -> s.verdict() == LockVerdict.RISKY)) {
            return LockVerdict.RISKY;
        }
        return statements.stream().anyMatch(s -> s.verdict() == LockVerdict.UNKNOWN) ? LockVerdict.UNKNOWN
                : LockVerdict.SAFE;
    }

    /** The statement that does the most work, the stronger lock first among equals; {@code null} for none. */
    public StatementLocks heaviest() {
        return statements.stream()
                .max(Comparator.comparing(StatementLocks::work)
                        .thenComparing(s -> s.strongestMode() == null ? -1 : s.strongestMode().ordinal()))
                .orElse(null);
    }

    /** The reasons of its risky and unknown statements, in order, without repeats. */
    public List<String> reasons() {
        return statements.stream().filter(s -> s.verdict() != LockVerdict.SAFE).map(StatementLocks::reason)
                .filter(r -> !r.isEmpty()).distinct().toList();
    }

    /** The table it mainly works on: the operation's own, else the first one a statement locks; {@code null} for none. */
    public String table() {
        if (operation.table() != null) {
            return operation.table();
        }
        return statements.stream().flatMap(s -> s.locks().stream()).map(TableLock::table).findFirst().orElse(null);
    }
}
