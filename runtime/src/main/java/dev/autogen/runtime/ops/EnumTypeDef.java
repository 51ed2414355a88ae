package dev.autogen.runtime.ops;

import java.util.List;
import java.util.Objects;

/**
 * A native enumerated type, as PostgreSQL's {@code CREATE TYPE ... AS ENUM} defines it.
 *
 * @param name         the type name, qualified with its schema when it lives outside the default one
 * @param values       the labels in their sort order
 * @param varcharCasts whether implicit casts between {@code varchar} and the type exist both ways, as
 *                     Hibernate creates them for its PostgreSQL enum mappings so that a string compares
 *                     with a label
 */
public record EnumTypeDef(String name, List<String> values, boolean varcharCasts) {
    /** Validates the record and copies the labels. */
    public EnumTypeDef {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    /** A type without casts. */
    public EnumTypeDef(String name, List<String> values) {
        this(name, values, false);
    }

    /** This type with implicit casts between {@code varchar} and it, both ways. */
    public EnumTypeDef withVarcharCasts() {
        return new EnumTypeDef(name, values, true);
    }

    /** This type under another name. */
    public EnumTypeDef withName(String otherName) {
        return new EnumTypeDef(otherName, values, varcharCasts);
    }

    /** This type with other labels and the same casts. */
    public EnumTypeDef withValues(List<String> labels) {
        return new EnumTypeDef(name, labels, varcharCasts);
    }
}
