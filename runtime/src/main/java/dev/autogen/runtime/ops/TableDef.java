package dev.autogen.runtime.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table definition as {@code createTable} takes it: columns and the constraints declared inline.
 * Indexes and foreign keys are separate operations.
 *
 * @param name       the table name, optionally schema-qualified
 * @param columns    the columns in order
 * @param primaryKey the primary key, or {@code null}
 * @param uniques    the unique constraints
 * @param checks     the check constraints
 */
public record TableDef(String name, List<ColumnDef> columns, PrimaryKeyDef primaryKey, List<UniqueDef> uniques,
                       List<CheckDef> checks) {
    /** Validates the definition. */
    public TableDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
    }

    /** Builds a table definition from the elements {@code createTable} was called with. */
    public static TableDef of(String name, TableElement... elements) {
        List<ColumnDef> columns = new ArrayList<>();
        List<UniqueDef> uniques = new ArrayList<>();
        List<CheckDef> checks = new ArrayList<>();
        PrimaryKeyDef primaryKey = null;
        for (TableElement element : elements) {
            if (element instanceof ColumnDef column) {
                columns.add(column);
            } else if (element instanceof UniqueDef unique) {
                uniques.add(unique);
            } else if (element instanceof CheckDef check) {
                checks.add(check);
            } else if (element instanceof PrimaryKeyDef key) {
                if (primaryKey != null) {
                    throw new IllegalArgumentException("table " + name + " declares two primary keys");
                }
                primaryKey = key;
            }
        }
        return new TableDef(name, columns, primaryKey, uniques, checks);
    }

    /** All elements in the order {@code createTable} takes them: columns, key, uniques, checks. */
    public List<TableElement> elements() {
        List<TableElement> elements = new ArrayList<>(columns);
        if (primaryKey != null) {
            elements.add(primaryKey);
        }
        elements.addAll(uniques);
        elements.addAll(checks);
        return elements;
    }
}
