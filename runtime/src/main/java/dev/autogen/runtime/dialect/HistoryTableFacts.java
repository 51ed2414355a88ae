package dev.autogen.runtime.dialect;

import java.util.Set;

/**
 * What the catalog says about the history table.
 *
 * @param exists  whether a table of that name exists
 * @param comment its comment, {@code null} when it has none (or does not exist)
 * @param columns the names of its columns, as stored; empty when it does not exist
 */
public record HistoryTableFacts(boolean exists, String comment, Set<String> columns) {
    /** Copies the columns. */
    public HistoryTableFacts {
        columns = Set.copyOf(columns);
    }

    /** A table that does not exist. */
    public static HistoryTableFacts absent() {
        return new HistoryTableFacts(false, null, Set.of());
    }
}
