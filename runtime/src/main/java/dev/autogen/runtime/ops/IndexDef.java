package dev.autogen.runtime.ops;

import dev.autogen.runtime.Plural;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An index.
 *
 * @param name       the index name
 * @param columns    the indexed columns in order
 * @param unique     whether the index is unique
 * @param descending for each column, whether it is sorted in descending order
 * @param definition the whole {@code CREATE INDEX} statement that makes this index, for an index the
 *                   entity model cannot express (partial, on expressions, with INCLUDE columns, another
 *                   method, operator class or collation); it is run as it is, so the index is restored
 *                   exactly. {@code null} for an index that the name, columns and orders describe
 * @param features   what the catalog says the index has beyond name, columns and orders, for an index
 *                   read from the database; {@link IndexFeatures#NONE} otherwise
 */
public record IndexDef(String name, List<String> columns, boolean unique, List<Boolean> descending,
                       String definition, IndexFeatures features) {
    /** Validates the definition; an empty {@code descending} means every column ascending. */
    public IndexDef {
        Objects.requireNonNull(name, "name");
        features = features == null ? IndexFeatures.NONE : features;
        columns = List.copyOf(columns);
        descending = descending == null || descending.isEmpty() ? Collections.nCopies(columns.size(), false)
                : List.copyOf(descending);
        if (descending.size() != columns.size()) {
            throw new IllegalArgumentException("Index " + name + " has " + Plural.of(columns.size(), "column")
                    + " but " + Plural.of(descending.size(), "sort order") + ".");
        }
    }

    /** An index with the given definition, or none, and no features read from a catalog. */
    public IndexDef(String name, List<String> columns, boolean unique, List<Boolean> descending, String definition) {
        this(name, columns, unique, descending, definition, IndexFeatures.NONE);
    }

    /** An index that the name, columns and orders describe. */
    public IndexDef(String name, List<String> columns, boolean unique, List<Boolean> descending) {
        this(name, columns, unique, descending, null);
    }

    /** An index whose columns are all in ascending order. */
    public IndexDef(String name, List<String> columns, boolean unique) {
        this(name, columns, unique, List.of());
    }

    /** This index with the named columns sorted in descending order, the others ascending. */
    public IndexDef descending(String... descendingColumns) {
        List<Boolean> orders = new ArrayList<>(Collections.nCopies(columns.size(), false));
        for (String column : descendingColumns) {
            int position = columns.indexOf(column);
            if (position < 0) {
                throw new IllegalArgumentException("Index " + name + " has no column " + column
                        + " to sort in descending order; its columns are " + columns + ".");
            }
            orders.set(position, true);
        }
        return new IndexDef(name, columns, unique, orders, definition, features);
    }

    /**
     * This index made by the given {@code CREATE INDEX} statement, run as it is: the way a migration
     * manages an index the entity model cannot express, e.g.
     * {@code index("ix_customer_email", "lower(email)").definedAs("CREATE INDEX ix_customer_email ON customer (lower(email)) WHERE NOT deleted")}.
     */
    public IndexDef definedAs(String createIndexStatement) {
        return new IndexDef(name, columns, unique, descending, Objects.requireNonNull(createIndexStatement, "definition"),
                features);
    }

    /**
     * Equal when name, columns, uniqueness, orders and definition are: the {@link #features} are
     * what a catalog reader found in that definition, so they add nothing to what the index is.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof IndexDef that && name.equals(that.name) && columns.equals(that.columns)
                && unique == that.unique && descending.equals(that.descending)
                && Objects.equals(definition, that.definition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, unique, descending, definition);
    }

    /** Whether this index has a definition of its own that the entity model cannot express. */
    public boolean verbatim() {
        return definition != null;
    }

    /** The columns sorted in descending order, in index order. */
    public List<String> descendingColumns() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (descending.get(i)) {
                names.add(columns.get(i));
            }
        }
        return names;
    }
}
