package dev.autogen.runtime.ops;

import java.util.List;
import java.util.Objects;

/**
 * A primary key.
 *
 * @param name    the constraint name, or {@code null} to let the database choose ({@code <table>_pkey})
 * @param columns the key columns in order
 */
public record PrimaryKeyDef(String name, List<String> columns) implements TableElement {
    /** Validates the definition. */
    public PrimaryKeyDef {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
    }

    /** This key with an explicit constraint name. */
    public PrimaryKeyDef named(String constraintName) {
        return new PrimaryKeyDef(Objects.requireNonNull(constraintName), columns);
    }
}
