package dev.autogen.schema;

import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.TableDef;
import dev.autogen.runtime.ops.UniqueDef;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table as one side of the comparison sees it.
 *
 * @param name        the table name, schema-qualified unless in the default schema
 * @param columns     the columns in table order
 * @param primaryKey  the primary key, or {@code null}
 * @param uniques     unique constraints, sorted by name
 * @param indexes     indexes that do not back a constraint, sorted by name
 * @param foreignKeys foreign keys, sorted by name
 * @param checks      check constraints, sorted by name
 * @param comment     the table's comment, or {@code null}
 */
public record TableModel(String name, List<ColumnDef> columns, PrimaryKeyDef primaryKey, List<UniqueDef> uniques,
                         List<IndexDef> indexes, List<ForeignKeyDef> foreignKeys, List<CheckDef> checks,
                         String comment) {
    /** Copies the lists. */
    public TableModel {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /** A table without a comment. */
    public TableModel(String name, List<ColumnDef> columns, PrimaryKeyDef primaryKey, List<UniqueDef> uniques,
                      List<IndexDef> indexes, List<ForeignKeyDef> foreignKeys, List<CheckDef> checks) {
        this(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, null);
    }

    /** The column with this exact name. */
    public Optional<ColumnDef> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The definition {@code createTable} takes: columns, key, uniques and checks. */
    public TableDef toTableDef() {
        return new TableDef(name, columns, primaryKey, uniques, checks);
    }
}
