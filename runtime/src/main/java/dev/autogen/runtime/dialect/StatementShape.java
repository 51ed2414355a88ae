package dev.autogen.runtime.dialect;

import java.util.List;

/**
 * What {@link PostgresStatementLocks} recognised in one statement: its locks and work, a note for
 * the reviewer, and the facts a later statement of the same migration depends on.
 *
 * @param recognised      whether the statement's shape was recognised at all
 * @param locks           the table locks, the table it works on first
 * @param work            what it does to the rows of that table
 * @param note            a remark for the reviewer, or empty
 * @param createdTable    the table it creates, or {@code null}
 * @param notNullChecks   the {@code CHECK (col IS NOT NULL)} constraints it adds
 * @param validated       the constraints it validates, by name
 * @param notNullColumns  the columns it sets {@code NOT NULL}
 * @param typeColumns     the columns whose type it changes
 */
record StatementShape(boolean recognised, List<TableLock> locks, TableWork work, String note, String createdTable,
                      List<NotNullCheck> notNullChecks, List<String> validated, List<String> notNullColumns,
                      List<String> typeColumns) {

    /**
     * A check constraint added by a statement that, once valid, proves a column holds no null.
     *
     * @param name   the constraint
     * @param column the column it proves, or {@code null} when its expression is another one
     * @param valid  whether it is valid as added (no {@code NOT VALID})
     */
    record NotNullCheck(String name, String column, boolean valid) {
    }

    static StatementShape unknown(String note) {
        return new StatementShape(false, List.of(), TableWork.UNKNOWN, note, null, List.of(), List.of(), List.of(),
                List.of());
    }

    static StatementShape of(List<TableLock> locks, TableWork work, String note) {
        return new StatementShape(true, locks, work, note, null, List.of(), List.of(), List.of(), List.of());
    }

    StatementShape withCreatedTable(String table) {
        return new StatementShape(recognised, locks, work, note, table, notNullChecks, validated, notNullColumns,
                typeColumns);
    }

    StatementShape withWork(TableWork newWork, String newNote) {
        return new StatementShape(recognised, locks, newWork, newNote, createdTable, notNullChecks, validated,
                notNullColumns, typeColumns);
    }

    StatementShape withFacts(List<NotNullCheck> checks, List<String> validatedNames, List<String> notNull,
                             List<String> types) {
        return new StatementShape(recognised, locks, work, note, createdTable, List.copyOf(checks),
                List.copyOf(validatedNames), List.copyOf(notNull), List.copyOf(types));
    }

    /** The table it works on first, or {@code null}. */
    String table() {
        return locks.isEmpty() ? null : locks.get(0).table();
    }
}
