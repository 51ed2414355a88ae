package dev.autogen.diff;

import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds hand-made {@link TableModel}s for diff tests; constraints are sorted by name as the readers sort them. */
final class TableBuilder {
    private final String name;
    private final List<ColumnDef> columns = new ArrayList<>();
    private PrimaryKeyDef primaryKey;
    private final List<UniqueDef> uniques = new ArrayList<>();
    private final List<IndexDef> indexes = new ArrayList<>();
    private final List<ForeignKeyDef> foreignKeys = new ArrayList<>();
    private final List<CheckDef> checks = new ArrayList<>();
    private String comment;

    private TableBuilder(String name) {
        this.name = name;
    }

    static TableBuilder table(String name) {
        return new TableBuilder(name);
    }

    /** A copy of a table, to change. */
    static TableBuilder from(TableModel table) {
        TableBuilder builder = new TableBuilder(table.name());
        builder.columns.addAll(table.columns());
        builder.primaryKey = table.primaryKey();
        builder.uniques.addAll(table.uniques());
        builder.indexes.addAll(table.indexes());
        builder.foreignKeys.addAll(table.foreignKeys());
        builder.checks.addAll(table.checks());
        builder.comment = table.comment();
        return builder;
    }

    static SchemaModel schema(List<TableModel> tables, List<SequenceDef> sequences) {
        return SchemaModel.of(tables, sequences);
    }

    static SchemaModel schema(TableModel... tables) {
        return SchemaModel.of(List.of(tables), List.of());
    }

    TableBuilder column(ColumnDef column) {
        columns.add(column);
        return this;
    }

    TableBuilder withoutColumn(String columnName) {
        columns.removeIf(c -> c.name().equals(columnName));
        return this;
    }

    TableBuilder primaryKey(PrimaryKeyDef key) {
        primaryKey = key;
        return this;
    }

    TableBuilder unique(UniqueDef unique) {
        uniques.add(unique);
        return this;
    }

    TableBuilder withoutUnique(String constraintName) {
        uniques.removeIf(u -> u.name().equals(constraintName));
        return this;
    }

    TableBuilder index(IndexDef index) {
        indexes.add(index);
        return this;
    }

    TableBuilder withoutIndex(String indexName) {
        indexes.removeIf(i -> i.name().equals(indexName));
        return this;
    }

    TableBuilder foreignKey(ForeignKeyDef foreignKey) {
        foreignKeys.add(foreignKey);
        return this;
    }

    TableBuilder withoutForeignKey(String constraintName) {
        foreignKeys.removeIf(f -> f.name().equals(constraintName));
        return this;
    }

    TableBuilder check(CheckDef check) {
        checks.add(check);
        return this;
    }

    TableBuilder withoutCheck(String constraintName) {
        checks.removeIf(c -> c.name().equals(constraintName));
        return this;
    }

    TableBuilder comment(String text) {
        comment = text;
        return this;
    }

    TableModel build() {
        return new TableModel(name, columns, primaryKey,
                uniques.stream().sorted(Comparator.comparing(UniqueDef::name)).toList(),
                indexes.stream().sorted(Comparator.comparing(IndexDef::name)).toList(),
                foreignKeys.stream().sorted(Comparator.comparing(ForeignKeyDef::name)).toList(),
                checks.stream().sorted(Comparator.comparing(CheckDef::name)).toList(), comment);
    }
}
