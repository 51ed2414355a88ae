package dev.autogen.runtime.ops;

import java.util.List;
import java.util.Objects;

/**
 * A unique constraint.
 *
 * @param name    the constraint name
 * @param columns the constrained columns in order
 */
public record UniqueDef(String name, List<String> columns) implements TableElement {
    /** Validates the definition. */
    public UniqueDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
