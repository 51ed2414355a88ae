package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * A column whose type is a native enumerated type.
 *
 * @param table        the table, qualified with its schema when needed
 * @param column       the column name
 * @param defaultValue the column's default, which a rebuild of the type drops and sets again (PostgreSQL
 *                     cannot convert it along with the column), or {@code null} for none
 */
public record EnumColumn(String table, String column, String defaultValue) {
    /** Validates the record. */
    public EnumColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** A column without a default. */
    public EnumColumn(String table, String column) {
        this(table, column, null);
    }
}
