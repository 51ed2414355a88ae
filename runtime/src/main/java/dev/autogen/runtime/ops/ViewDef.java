package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * A view: a stored query, not a table.
 *
 * @param name  the view name, optionally schema-qualified
 * @param query the defining {@code SELECT}, without the {@code CREATE VIEW … AS} prefix or a trailing semicolon
 */
public record ViewDef(String name, String query) {
    /** Validates the definition and trims the query of surrounding blanks and a trailing semicolon. */
    public ViewDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        query = query.strip();
        while (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1).strip();
        }
        if (query.isEmpty()) {
            throw new IllegalArgumentException("view " + name + " needs a query");
        }
    }
}
