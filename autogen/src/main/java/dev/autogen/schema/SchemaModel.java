package dev.autogen.schema;

import dev.autogen.runtime.ops.SequenceDef;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole schema: tables and sequences keyed by their qualified names, in name order so that
 * everything derived from the model is deterministic.
 *
 * @param tables    tables by name
 * @param sequences sequences by name
 */
public record SchemaModel(Map<String, TableModel> tables, Map<String, SequenceDef> sequences) {
    /** Copies the maps into sorted, unmodifiable ones. */
    public SchemaModel {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        sequences = Collections.unmodifiableMap(new TreeMap<>(sequences));
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
}
