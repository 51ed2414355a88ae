package dev.autogen.schema;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.ViewDef;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which tables autogen compares: glob patterns ({@code *} any characters, {@code ?} one) matched
 * without regard to case. A pattern with a dot matches the schema-qualified name
 * ({@code billing.*}, {@code public.audit_*}), an unqualified table being in the default schema;
 * one without matches the table name in any schema. A table is compared when it matches an include
 * pattern (or none are given) and no exclude pattern. Views are filtered by their names the same way.
 */
public final class TableFilter {
    private final List<Glob> includes;
    private final List<Glob> excludes;
    private final List<String> includeGlobs;
    private final List<String> excludeGlobs;
    private final String defaultSchema;

    private TableFilter(List<String> includeGlobs, List<String> excludeGlobs, String defaultSchema) {
        this.includeGlobs = List.copyOf(includeGlobs);
        this.excludeGlobs = List.copyOf(excludeGlobs);
        this.includes = includeGlobs.stream().map(Glob::of).toList();
        this.excludes = excludeGlobs.stream().map(Glob::of).toList();
        this.defaultSchema = defaultSchema;
    }

    /** A filter from include and exclude patterns; empty lists leave everything in. */
    public static TableFilter of(List<String> includeGlobs, List<String> excludeGlobs) {
        return new TableFilter(includeGlobs, excludeGlobs, SchemaModel.DEFAULT_SCHEMA);
    }

    /** The filter that keeps every table. */
    public static TableFilter all() {
        return of(List.of(), List.of());
    }

    /**
     * This filter with unqualified tables taken to be in the given schema, the session's current
     * schema, rather than in {@value SchemaModel#DEFAULT_SCHEMA}.
     */
    public TableFilter inDefaultSchema(String schema) {
        return new TableFilter(includeGlobs, excludeGlobs, schema);
    }

    /** Whether the filter keeps every table. */
    public boolean keepsAll() {
        return includes.isEmpty() && excludes.isEmpty();
    }

    /** Whether the table, named as in the model ({@code billing.invoice} or {@code todo}), is compared. */
    public boolean includes(String tableName) {
        String bare = PostgresIdentifiers.nameOf(tableName);
        String schema = PostgresIdentifiers.schemaOf(tableName);
        String qualified = (schema == null ? defaultSchema : schema) + "." + bare;
        boolean included = includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(bare, qualified));
        return included && excludes.stream().noneMatch(g -> g.matches(bare, qualified));
    }

    /**
     * The model without the tables this filter leaves out, and without what belongs only to them: a
     * sequence that a left-out table's column default draws on or that is named after a left-out
     * table ({@code invoice_seq}, {@code invoice_id_seq}) unless a kept table draws on it or gives it its name,
     * and a schema that holds objects but none that is kept. Other sequences and empty schemas stay.
     */
    public SchemaModel apply(SchemaModel model) {
        if (keepsAll()) {
            return model;
        }
        Map<String, TableModel> kept = new TreeMap<>();
        model.tables().forEach((name, table) -> {
            if (includes(name)) {
                kept.put(name, table);
            }
        });
        SequenceOwners owners = new SequenceOwners(model, kept.keySet());
        Map<String, SequenceDef> sequences = new TreeMap<>();
        model.sequences().forEach((name, sequence) -> {
            if (owners.keeps(name)) {
                sequences.put(name, sequence);
            }
        });
        Set<String> holdingAny = schemasOf(model.tables().keySet(), model.sequences().keySet());
        Set<String> holdingKept = schemasOf(kept.keySet(), sequences.keySet());
        Set<String> schemas = new TreeSet<>();
        for (String schema : model.schemas()) {
            if (holdingKept.contains(schema) || !holdingAny.contains(schema)) {
                schemas.add(schema);
            }
        }
        Map<String, ViewDef> views = new TreeMap<>();
        model.views().forEach((name, view) -> {
            if (includes(name)) {
                views.put(name, view);
            }
        });
        return new SchemaModel(kept, sequences, schemas, views, model.enumTypes(),
                model.viewDependencies().ofViews(views::containsKey), model.enumTypeUsers());
    }

    private static Set<String> schemasOf(Set<String> tables, Set<String> sequences) {
        Set<String> schemas = new HashSet<>();
        Stream.concat(tables.stream(), sequences.stream()).map(PostgresIdentifiers::schemaOf)
                .filter(Objects::nonNull).forEach(schemas::add);
        return schemas;
    }

    @Override
    public String toString() {
        return "include " + includeGlobs + ", exclude " + excludeGlobs;
    }

    record Glob(Pattern pattern, boolean qualified) {
        static Glob of(String glob) {
            StringBuilder regex = new StringBuilder();
            for (char c : glob.strip().toCharArray()) {
                switch (c) {
                    case '*' -> regex.append(".*");
                    case '?' -> regex.append('.');
                    default -> regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return new Glob(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    glob.contains("."));
        }

        boolean matches(String bare, String qualifiedName) {
            return pattern.matcher(qualified ? qualifiedName : bare).matches();
        }
    }
}
