package dev.autogen.schema;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.ViewDef;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A whole schema: tables and sequences keyed by their qualified names, in name order so that
 * everything derived from the model is deterministic, and the database schemas other than the
 * session's current one that hold them. An unqualified name is in the current schema; an entity
 * model is named so by {@link CurrentSchema#rebase}.
 *
 * @param tables    tables by name
 * @param sequences sequences by name
 * @param schemas   the schemas other than the current one: those the model's objects need, or for a
 *                  database those that exist among the ones read
 * @param views     views by name: for an entity model those mapped with Hibernate's {@code @View}
 * @param enumTypes native enumerated types by name: for an entity model those Hibernate exports for its
 *                  PostgreSQL enum mappings ({@code NAMED_ENUM}, {@code NAMED_ORDINAL_ENUM}), for a database
 *                  those of the schemas read
 * @param viewDependencies what the views read, as a database's catalog records it; none for an entity model
 * @param enumTypeUsers for each enum type of a database, by its name, every object of the whole database that
 *                  uses it, whether it is read and compared or not; none for an entity model
 */
public record SchemaModel(Map<String, TableModel> tables, Map<String, SequenceDef> sequences, Set<String> schemas,
                          Map<String, ViewDef> views, Map<String, EnumTypeDef> enumTypes,
                          ViewDependencies viewDependencies, Map<String, List<EnumTypeUser>> enumTypeUsers) {
    /** The default schema, whose objects are named without prefix. */
    public static final String DEFAULT_SCHEMA = "public";

    /** Copies the maps into sorted, unmodifiable ones. */
    public SchemaModel {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        sequences = Collections.unmodifiableMap(new TreeMap<>(sequences));
        schemas = Collections.unmodifiableSet(new TreeSet<>(schemas));
        views = Collections.unmodifiableMap(new TreeMap<>(views));
        enumTypes = Collections.unmodifiableMap(new TreeMap<>(enumTypes));
        viewDependencies = viewDependencies == null ? ViewDependencies.none() : viewDependencies;
        Map<String, List<EnumTypeUser>> users = new TreeMap<>();
        (enumTypeUsers == null ? Map.<String, List<EnumTypeUser>>of() : enumTypeUsers)
                .forEach((type, list) -> users.put(type, List.copyOf(list)));
        enumTypeUsers = Collections.unmodifiableMap(users);
    }

    /** A model whose enum types' users are unknown. */
    public SchemaModel(Map<String, TableModel> tables, Map<String, SequenceDef> sequences, Set<String> schemas,
                       Map<String, ViewDef> views, Map<String, EnumTypeDef> enumTypes,
                       ViewDependencies viewDependencies) {
        this(tables, sequences, schemas, views, enumTypes, viewDependencies, Map.of());
    }

    /** A model whose views' dependencies are unknown. */
    public SchemaModel(Map<String, TableModel> tables, Map<String, SequenceDef> sequences, Set<String> schemas,
                       Map<String, ViewDef> views, Map<String, EnumTypeDef> enumTypes) {
        this(tables, sequences, schemas, views, enumTypes, ViewDependencies.none());
    }

    /** A model without enum types, with what its views read. */
    public SchemaModel(Map<String, TableModel> tables, Map<String, SequenceDef> sequences, Set<String> schemas,
                       Map<String, ViewDef> views, ViewDependencies viewDependencies) {
        this(tables, sequences, schemas, views, Map.of(), viewDependencies);
    }

    /** A model without enum types, whose views' dependencies are unknown. */
    public SchemaModel(Map<String, TableModel> tables, Map<String, SequenceDef> sequences, Set<String> schemas,
                       Map<String, ViewDef> views) {
        this(tables, sequences, schemas, views, Map.of(), ViewDependencies.none());
    }

    /** A model without views. */
    public SchemaModel(Map<String, TableModel> tables, Map<String, SequenceDef> sequences, Set<String> schemas) {
        this(tables, sequences, schemas, Map.of());
    }

    /** A model whose schemas are those its tables and sequences are in. */
    public SchemaModel(Map<String, TableModel> tables, Map<String, SequenceDef> sequences) {
        this(tables, sequences, schemasOf(tables.keySet(), sequences.keySet()));
    }

    /** A model of the given tables and sequences. */
    public static SchemaModel of(Collection<TableModel> tables, Collection<SequenceDef> sequences) {
        Map<String, TableModel> tableMap = new TreeMap<>();
        tables.forEach(t -> tableMap.put(t.name(), t));
        Map<String, SequenceDef> sequenceMap = new TreeMap<>();
        sequences.forEach(s -> sequenceMap.put(s.name(), s));
        return new SchemaModel(tableMap, sequenceMap);
    }

    /** An empty schema. */
    public static SchemaModel empty() {
        return new SchemaModel(Map.of(), Map.of());
    }

    /** This model with other schemas. */
    public SchemaModel withSchemas(Set<String> schemaNames) {
        return new SchemaModel(tables, sequences, schemaNames, views, enumTypes, viewDependencies, enumTypeUsers);
    }

    /** This model with the given enum types, keyed by their names, in place of its own. */
    public SchemaModel withEnumTypes(Collection<EnumTypeDef> types) {
        Map<String, EnumTypeDef> typeMap = new TreeMap<>();
        types.forEach(t -> typeMap.put(t.name(), t));
        return new SchemaModel(tables, sequences, schemas, views, typeMap, viewDependencies, enumTypeUsers);
    }

    /** This model with the given users of its enum types, by type name, in place of its own. */
    public SchemaModel withEnumTypeUsers(Map<String, List<EnumTypeUser>> users) {
        return new SchemaModel(tables, sequences, schemas, views, enumTypes, viewDependencies, users);
    }

    /** The objects of the database that use the enum type of that name; none when unknown. */
    public List<EnumTypeUser> enumTypeUsers(String typeName) {
        return enumTypeUsers.getOrDefault(typeName, List.of());
    }

    /** This model with other tables, keeping its sequences, schemas, views and enum types. */
    public SchemaModel withTables(Map<String, TableModel> tableMap) {
        return new SchemaModel(tableMap, sequences, schemas, views, enumTypes, viewDependencies, enumTypeUsers);
    }

    /** This model with other sequences, keeping the rest. */
    public SchemaModel withSequences(Map<String, SequenceDef> sequenceMap) {
        return new SchemaModel(tables, sequenceMap, schemas, views, enumTypes, viewDependencies, enumTypeUsers);
    }

    /** This model with what its views read, as the catalog records it. */
    public SchemaModel withViewDependencies(ViewDependencies dependencies) {
        return new SchemaModel(tables, sequences, schemas, views, enumTypes, dependencies, enumTypeUsers);
    }

    /** This model with the given views, keyed by their names; the schemas they are in are added. */
    public SchemaModel withViews(Collection<ViewDef> viewDefs) {
        Map<String, ViewDef> viewMap = new TreeMap<>();
        viewDefs.forEach(v -> viewMap.put(v.name(), v));
        Set<String> allSchemas = new TreeSet<>(schemas);
        allSchemas.addAll(schemasOf(viewMap.keySet(), Set.of()));
        return new SchemaModel(tables, sequences, allSchemas, viewMap, enumTypes,
                viewDependencies.ofViews(viewMap::containsKey), enumTypeUsers);
    }

    /** The schema of a qualified name, {@value #DEFAULT_SCHEMA} for an unqualified one. */
    public static String schemaOf(String qualifiedName) {
        String schema = PostgresIdentifiers.schemaOf(qualifiedName);
        return schema == null ? DEFAULT_SCHEMA : schema;
    }

    private static Set<String> schemasOf(Collection<String> tableNames, Collection<String> sequenceNames) {
        Set<String> schemas = new TreeSet<>();
        Stream.concat(tableNames.stream(), sequenceNames.stream()).map(SchemaModel::schemaOf)
                .filter(schema -> !schema.equals(DEFAULT_SCHEMA)).forEach(schemas::add);
        return schemas;
    }
}
