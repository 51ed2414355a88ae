package dev.autogen.runtime.dialect;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The locks of one migration's operations.
 *
 * @param operations one entry per operation, in order
 * @param newTables  the tables the migration creates; they hold no rows while it runs
 */
public record MigrationLocks(List<OperationLocks> operations, Set<String> newTables) {
    /** Validates the record. */
    public MigrationLocks {
        operations = List.copyOf(operations);
        newTables = Set.copyOf(newTables);
    }

    /** The tables that exist before the migration and that it locks, in order of first use. */
    public List<String> existingTables() {
        Set<String> tables = new LinkedHashSet<>();
        for (OperationLocks operation : operations) {
            for (StatementLocks statement : operation.statements()) {
                statement.locks().stream().map(TableLock::table).filter(t -> !newTables.contains(t)).forEach(tables::add);
            }
            if (operation.table() != null && !newTables.contains(operation.table())) {
                tables.add(operation.table());
            }
        }
        return List.copyOf(tables);
    }

    /** Whether any operation is risky or not recognised. */
    public boolean needsReview() {
        return operations.stream().anyMatch(o -> o.verdict() != LockVerdict.SAFE);
    }
}
