package dev.autogen.runtime.ops;

import java.util.List;
import java.util.Objects;

/**
 * An index.
 *
 * @param name    the index name
 * @param columns the indexed columns in order
 * @param unique  whether the index is unique
 */
public record IndexDef(String name, List<String> columns, boolean unique) {
    /** Validates the definition. */
    public IndexDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
