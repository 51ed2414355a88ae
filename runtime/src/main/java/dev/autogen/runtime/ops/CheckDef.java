package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name       the constraint name
 * @param expression the boolean SQL expression, without the {@code CHECK} keyword
 */
public record CheckDef(String name, String expression) implements TableElement {
    /** Validates the definition. */
    public CheckDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
