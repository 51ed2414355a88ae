package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * The column whose values a sequence continues after: when the sequence is created, its first value
 * is placed after the largest value the column holds at that moment, so that ids handed out from it,
 * one at a time or in blocks of its increment, never clash with the rows already there.
 *
 * @param table  the table, optionally schema-qualified
 * @param column the column
 */
public record ContinueAfter(String table, String column) {
    /** Validates the record. */
    public ContinueAfter {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }
}
