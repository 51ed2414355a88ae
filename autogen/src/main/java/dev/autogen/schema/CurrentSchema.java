package dev.autogen.schema;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.ViewDef;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Names a model's objects as the catalog reader names them for a session: without prefix in the
 * session's current schema, {@code schema.name} in any other, {@code public} included. The entity
 * model keeps the schemas its mappings name; once the current schema is known, this re-bases it.
 */
public final class CurrentSchema {
    private CurrentSchema() {
    }

    /**
     * The model with the prefix {@code current.} taken off every table, sequence, foreign-key target
     * and serial column's sequence; its schemas are those its remaining qualified names are in.
     */
    public static SchemaModel rebase(SchemaModel model, String current) {
        Map<String, TableModel> tables = new TreeMap<>();
        model.tables().values().forEach(table -> {
            TableModel rebased = rebase(table, current);
            tables.put(rebased.name(), rebased);
        });
        Map<String, SequenceDef> sequences = new TreeMap<>();
        model.sequences().values().forEach(sequence -> {
            String name = rebase(sequence.name(), current);
            sequences.put(name, new SequenceDef(name, sequence.start(), sequence.increment()));
        });
        Map<String, ViewDef> views = new TreeMap<>();
        model.views().values().forEach(view -> {
            String name = rebase(view.name(), current);
            views.put(name, new ViewDef(name, view.query()));
        });
        Set<String> schemas = new TreeSet<>();
        Stream.of(tables.keySet(), sequences.keySet(), views.keySet()).flatMap(Set::stream).map(PostgresIdentifiers::schemaOf)
                .filter(schema -> schema != null).forEach(schemas::add);
        return new SchemaModel(tables, sequences, schemas, views).withEnumTypes(model.enumTypes().values().stream()
                .map(type -> type.withName(rebase(type.name(), current))).toList());
    }

    /** The default of a serial column: the next value of the sequence of that qualified name. */
    public static String nextval(String sequence) {
        return "nextval('" + PostgresIdentifiers.quoteQualified(sequence).replace("'", "''") + "'::regclass)";
    }

    private static TableModel rebase(TableModel table, String current) {
        return new TableModel(rebase(table.name(), current),
                table.columns().stream().map(column -> rebaseSerial(table.name(), column, current)).toList(),
                table.primaryKey(), table.uniques(), table.indexes(),
                table.foreignKeys().stream().map(fk -> new ForeignKeyDef(fk.name(), fk.columns(),
                        rebase(fk.referencedTable(), current), fk.referencedColumns(), fk.onDelete())).toList(),
                table.checks(), table.comment());
    }

    /** A serial column of a table in the current schema names its sequence without prefix too. */
    private static ColumnDef rebaseSerial(String table, ColumnDef column, String current) {
        String sequence = PostgresIdentifiers.defaultConstraintName(table, column.name(), "seq");
        if (!current.equals(PostgresIdentifiers.schemaOf(table))
                || !nextval(PostgresIdentifiers.qualify(current, sequence)).equals(column.defaultValue())) {
            return column;
        }
        return column.defaultValue(nextval(PostgresIdentifiers.qualify(null, sequence)));
    }

    private static String rebase(String qualifiedName, String current) {
        return current.equals(PostgresIdentifiers.schemaOf(qualifiedName))
                ? PostgresIdentifiers.qualify(null, PostgresIdentifiers.nameOf(qualifiedName)) : qualifiedName;
    }
}
