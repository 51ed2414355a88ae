package dev.autogen.schema;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.IndexDef;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which indexes autogen leaves out of the comparison: glob patterns ({@code *}, {@code ?}) matched
 * without regard to case against the index name ({@code ix_*}), or with dots against
 * {@code table.index} or {@code schema.table.index}, an unqualified table being in the default
 * schema. An index left out is neither created nor dropped.
 */
public final class IndexFilter {
    private final List<String> excludeGlobs;
    private final List<TableFilter.Glob> excludes;
    private final String defaultSchema;

    private IndexFilter(List<String> excludeGlobs, String defaultSchema) {
        this.excludeGlobs = List.copyOf(excludeGlobs);
        this.excludes = excludeGlobs.stream().map(TableFilter.Glob::of).toList();
        this.defaultSchema = defaultSchema;
    }

    /** A filter that leaves out the indexes matching any of the patterns; none leaves every index in. */
    public static IndexFilter excluding(List<String> excludeGlobs) {
        return new IndexFilter(excludeGlobs, SchemaModel.DEFAULT_SCHEMA);
    }

    /** This filter with unqualified tables taken to be in the given schema, the session's current one. */
    public IndexFilter inDefaultSchema(String schema) {
        return new IndexFilter(excludeGlobs, schema);
    }

    /** Whether the index of the table (named as in the model) is compared. */
    public boolean includes(String table, String index) {
        String bare = PostgresIdentifiers.nameOf(table);
        String schema = PostgresIdentifiers.schemaOf(table);
        String qualified = (schema == null ? defaultSchema : schema) + "." + bare + "." + index;
        String inTable = bare + "." + index;
        return excludes.stream().noneMatch(g -> g.qualified()
                ? g.pattern().matcher(qualified).matches() || g.pattern().matcher(inTable).matches()
                : g.pattern().matcher(index).matches());
    }

    /** The model without the indexes this filter leaves out. */
    public SchemaModel apply(SchemaModel model) {
        if (excludes.isEmpty()) {
            return model;
        }
        Map<String, TableModel> tables = new TreeMap<>();
        model.tables().forEach((name, table) -> {
            List<IndexDef> kept = table.indexes().stream().filter(i -> includes(name, i.name())).toList();
            tables.put(name, new TableModel(name, table.columns(), table.primaryKey(), table.uniques(), kept,
                    table.foreignKeys(), table.checks(), table.comment()));
        });
        return model.withTables(tables);
    }

    @Override
    public String toString() {
        return "exclude indexes " + excludeGlobs;
    }
}
