package dev.autogen.schema;

import java.util.Objects;

/**
 * An object of the database that uses a native enum type, as the catalog's dependencies record it: a
 * column of a table, a view or a composite type, a domain, a function, or another object (a cast, a range
 * type, ...). What belongs to a table, such as a column default, a check or an index, is recorded as the table
 * and, when it has one, its column.
 *
 * @param kind   what kind of object it is
 * @param name   its name, qualified with its schema outside the current one; for {@link Kind#OTHER} the
 *               server's description of it
 * @param column the column of a table, view or composite type, else {@code null}
 * @param array  whether it uses an array of the type rather than the type itself
 */
public record EnumTypeUser(Kind kind, String name, String column, boolean array) {
    /** What kind of object uses the type. */
    public enum Kind {
        /** A table (also a partitioned or foreign one), one of its columns or what belongs to it. */
        TABLE,
        /** A view or a materialized view. */
        VIEW,
        /** A composite type made with {@code CREATE TYPE ... AS (...)}. */
        COMPOSITE_TYPE,
        /** A domain over the type, or with a check that uses it. */
        DOMAIN,
        /** A function or procedure whose arguments or result are of the type. */
        FUNCTION,
        /** Any other object, named by the server's description. */
        OTHER
    }

    /** Validates the record. */
    public EnumTypeUser {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** Whether this is a column of a table itself of the type, which a rebuild of the type could convert. */
    public boolean isPlainTableColumn() {
        return kind == Kind.TABLE && column != null && !array;
    }

    /** The user as a note names it: {@code table audit (column status)}, {@code domain mood_domain}. */
    public String describe() {
        String what = switch (kind) {
            case TABLE -> "table " + name;
            case VIEW -> "view " + name;
            case COMPOSITE_TYPE -> "composite type " + name;
            case DOMAIN -> "domain " + name;
            case FUNCTION -> "function " + name;
            case OTHER -> name;
        };
        if (column == null) {
            return what + (array ? " (an array of it)" : "");
        }
        return what + " (column " + column + (array ? ", an array of it" : "") + ")";
    }
}
