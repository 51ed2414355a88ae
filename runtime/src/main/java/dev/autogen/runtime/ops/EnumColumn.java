package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * A column whose type is a native enumerated type.
 *
 * @param table  the table, qualified with its schema when needed
 * @param column the column name
 */
public record EnumColumn(String table, String column) {
    /** Validates the record. */
    public EnumColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }
}
