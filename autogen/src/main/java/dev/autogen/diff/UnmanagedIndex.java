package dev.autogen.diff;

import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.IndexFeatures;
import dev.autogen.runtime.ops.IndexFeatures.Kind;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An index of the database that autogen leaves alone, unmanaged: one the entity model cannot express
 * (always), or one that only the database has and that no migration created (when the caller says
 * which ones migrations created, see {@link #leaveAlone}). It is neither dropped nor rebuilt, and
 * {@code revision} and {@code check} report it. Only when its table is dropped does it go, and then
 * the downgrade restores it from its definition.
 *
 * @param table  the table that holds it
 * @param index  the index, with its whole definition
 * @param reason why the entity model cannot express it, e.g. "partial (WHERE deleted = false)"
 */
public record UnmanagedIndex(String table, IndexDef index, String reason) {
    /** The indexes of tables that both models hold which {@link SchemaDiff} leaves alone, by table then name. */
    public static List<UnmanagedIndex> of(SchemaModel target, SchemaModel current) {
        List<UnmanagedIndex> found = new ArrayList<>();
        current.tables().forEach((name, table) -> {
            if (target.tables().containsKey(name)) {
                unmanaged(table).forEach(index -> found.add(new UnmanagedIndex(name, index,
                        reason(index) + ", which the entities cannot express")));
            }
        });
        return found;
    }

    /**
     * The current model without the indexes that only the database has and no migration created, of
     * tables that both models hold, and every index left alone: those and the ones the model cannot
     * express. Such an index was made by hand, so dropping it is a decision no diff can take.
     *
     * @param target  the entity model
     * @param current the database
     * @param created whether a migration created the index of this name (in its upgrade)
     */
    public static LeftAlone leaveAlone(SchemaModel target, SchemaModel current, Predicate<String> created) {
        List<UnmanagedIndex> found = new ArrayList<>(of(target, current));
        Map<String, TableModel> tables = new TreeMap<>();
        current.tables().forEach((name, table) -> {
            TableModel wanted = target.tables().get(name);
            if (wanted == null) {
                tables.put(name, table);
                return;
            }
            List<IndexDef> kept = new ArrayList<>();
            for (IndexDef index : table.indexes()) {
                boolean databaseOnly = !index.verbatim()
                        && wanted.indexes().stream().noneMatch(i -> i.name().equals(index.name()))
                        && !created.test(index.name());
                if (databaseOnly) {
                    found.add(new UnmanagedIndex(name, index, "no entity declares it and no migration created it"
                            + " (to drop it on purpose, write op.dropIndex(\"" + name + "\", \"" + index.name()
                            + "\") in a migration)"));
                } else {
                    kept.add(index);
                }
            }
            tables.put(name, new TableModel(name, table.columns(), table.primaryKey(), table.uniques(), kept,
                    table.foreignKeys(), table.checks(), table.comment()));
        });
        found.sort(Comparator.comparing(UnmanagedIndex::table).thenComparing(u -> u.index().name()));
        return new LeftAlone(current.withTables(tables), found);
    }

    /**
     * The model without the given indexes: for comparing the database with what its migrations make,
     * where an index left alone is no drift either.
     */
    public static SchemaModel without(SchemaModel model, List<UnmanagedIndex> indexes) {
        if (indexes.isEmpty()) {
            return model;
        }
        Map<String, TableModel> tables = new TreeMap<>();
        model.tables().forEach((name, table) -> tables.put(name, new TableModel(name, table.columns(),
                table.primaryKey(), table.uniques(), table.indexes().stream()
                .filter(i -> indexes.stream().noneMatch(u -> u.table().equals(name) && u.index().name().equals(i.name())))
                .toList(), table.foreignKeys(), table.checks(), table.comment())));
        return model.withTables(tables);
    }

    /**
     * What {@link #leaveAlone} gives.
     *
     * @param current   the database's model to compare, without the indexes only it has
     * @param unmanaged every index left alone, by table then name
     */
    public record LeftAlone(SchemaModel current, List<UnmanagedIndex> unmanaged) {
        /** Copies the list. */
        public LeftAlone {
            unmanaged = List.copyOf(unmanaged);
        }
    }

    /** The line {@code revision} and {@code check} print for it. */
    public String describe() {
        return "index " + index.name() + " on " + table + " is left alone, unmanaged: " + reason;
    }

    static List<IndexDef> unmanaged(TableModel table) {
        return table.indexes().stream().filter(IndexDef::verbatim).toList();
    }

    /**
     * Why the entity model cannot express the index, from the features the catalog reader found in
     * it; an index with a definition but none of them read (one a migration declares) has a
     * definition of its own.
     */
    static String reason(IndexDef index) {
        IndexFeatures features = index.features();
        List<String> reasons = new ArrayList<>();
        if (features.has(Kind.PARTIAL)) {
            reasons.add("partial (WHERE " + features.predicate() + ")");
        }
        if (features.has(Kind.METHOD)) {
            reasons.add("uses method " + features.method());
        }
        if (features.has(Kind.INCLUDE_COLUMNS)) {
            reasons.add("has INCLUDE columns");
        }
        if (features.has(Kind.EXPRESSIONS)) {
            reasons.add("indexes expressions " + String.join(", ", index.columns()));
        }
        if (reasons.isEmpty()) {
            reasons.add(features.kinds().isEmpty() ? "has a definition of its own (" + index.definition() + ")"
                    : "has an operator class, collation or null order of its own (" + index.definition() + ")");
        }
        return String.join(", ", reasons);
    }
}
