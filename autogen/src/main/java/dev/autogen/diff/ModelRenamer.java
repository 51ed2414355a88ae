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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies a rename to a schema model the way PostgreSQL applies it to the catalog: a renamed table
 * keeps its constraint names and the foreign keys that point at it follow it; a renamed column is
 * renamed in every key, index, check and foreign key that uses it.
 */
final class ModelRenamer {
    private ModelRenamer() {
    }

    static SchemaModel renameTable(SchemaModel model, String from, String to) {
        Map<String, TableModel> tables = new LinkedHashMap<>();
        model.tables().forEach((name, table) -> {
            TableModel renamed = name.equals(from) ? rename(table, to) : table;
            tables.put(renamed.name(), withForeignKeys(renamed, fk -> fk.referencedTable().equals(from)
                    ? new ForeignKeyDef(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete()) : fk));
        });
        return model.withTables(tables);
    }

    static SchemaModel renameColumn(ComparisonRules rules, SchemaModel model, String tableName, String from,
                                    String to) {
        UnaryOperator<String> name = column -> column.equals(from) ? to : column;
        Map<String, TableModel> tables = new LinkedHashMap<>();
        model.tables().forEach((key, table) -> {
            TableModel renamed = key.equals(tableName) ? renameColumnIn(rules, table, from, to) : table;
            tables.put(key, withForeignKeys(renamed, fk -> fk.referencedTable().equals(tableName)
                    ? new ForeignKeyDef(fk.name(), fk.columns(), fk.referencedTable(),
                    fk.referencedColumns().stream().map(name).toList(), fk.onDelete()) : fk));
        });
        return model.withTables(tables);
    }

    static SchemaModel renameSequence(SchemaModel model, String from, String to) {
        Map<String, SequenceDef> sequences = new LinkedHashMap<>(model.sequences());
        SequenceDef sequence = sequences.remove(from);
        sequences.put(to, new SequenceDef(to, sequence.start(), sequence.increment()));
        return model.withSequences(sequences);
    }

    /** The table under a new name; an unnamed primary key keeps the name PostgreSQL gave it under the old one. */
    private static TableModel rename(TableModel table, String name) {
        PrimaryKeyDef key = table.primaryKey();
        if (key != null && key.name() == null) {
            key = key.named(PrimaryKeys.name(table.name(), key));
        }
        return new TableModel(name, table.columns(), key, table.uniques(), table.indexes(), table.foreignKeys(),
                table.checks(), table.comment());
    }

    private static TableModel renameColumnIn(ComparisonRules rules, TableModel table, String from, String to) {
        UnaryOperator<String> name = column -> column.equals(from) ? to : column;
        List<ColumnDef> columns = table.columns().stream()
                .map(c -> c.name().equals(from) ? new ColumnDef(to, c.type(), c.nullable(), c.defaultValue(),
                        c.identity(), c.backfill(), c.comment(), c.generatedAs()) : c)
                .map(c -> c.isGenerated() ? c.generatedAs(rules.renameColumn(c.generatedAs(), from, to)) : c)
                .toList();
        PrimaryKeyDef key = table.primaryKey() == null ? null
                : new PrimaryKeyDef(table.primaryKey().name(), table.primaryKey().columns().stream().map(name).toList());
        List<UniqueDef> uniques = table.uniques().stream()
                .map(u -> new UniqueDef(u.name(), u.columns().stream().map(name).toList())).toList();
        List<IndexDef> indexes = table.indexes().stream()
                .map(i -> new IndexDef(i.name(), i.columns().stream().map(name).toList(), i.unique(), i.descending(),
                        i.definition(), i.features()))
                .toList();
        List<ForeignKeyDef> foreignKeys = table.foreignKeys().stream()
                .map(f -> new ForeignKeyDef(f.name(), f.columns().stream().map(name).toList(), f.referencedTable(),
                        f.referencedColumns(), f.onDelete())).toList();
        List<CheckDef> checks = table.checks().stream()
                .map(c -> new CheckDef(c.name(), rules.renameColumn(c.expression(), from, to))).toList();
        return new TableModel(table.name(), columns, key, uniques, indexes, foreignKeys, checks, table.comment());
    }

    private static TableModel withForeignKeys(TableModel table, UnaryOperator<ForeignKeyDef> change) {
        List<ForeignKeyDef> foreignKeys = new ArrayList<>();
        table.foreignKeys().forEach(fk -> foreignKeys.add(change.apply(fk)));
        return new TableModel(table.name(), table.columns(), table.primaryKey(), table.uniques(), table.indexes(),
                foreignKeys, table.checks(), table.comment());
    }
}
