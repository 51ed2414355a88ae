package dev.autogen.runtime.ops;

import java.util.List;
import java.util.Objects;

/**
 * A native enumerated type, as PostgreSQL's {@code CREATE TYPE ... AS ENUM} defines it.
 *
 * @param name   the type name, qualified with its schema when it lives outside the default one
 * @param values the labels in their sort order
 */
public record EnumTypeDef(String name, List<String> values) {
    /** Validates the record and copies the labels. */
    public EnumTypeDef {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
