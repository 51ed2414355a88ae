package dev.autogen.runtime.ops;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an index read from the database has beyond its name, columns, uniqueness and sort orders, as
 * the catalog says it (not read back from its definition's text): why the entity model cannot
 * express it.
 *
 * @param kinds     the features it has; empty for an index its name, columns and orders describe
 * @param predicate its {@code WHERE} condition as the server prints it, for a {@link Kind#PARTIAL} index, else {@code null}
 * @param method    its access method ({@code btree}, {@code gin}, ...), or {@code null} when not read
 */
public record IndexFeatures(Set<Kind> kinds, String predicate, String method) {
    /** An index with none: the name, columns and orders describe it. */
    public static final IndexFeatures NONE = new IndexFeatures(Set.of(), null, null);

    /** Copies the kinds into an ordered, unmodifiable set. */
    public IndexFeatures {
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /** Whether the index has the feature. */
    public boolean has(Kind kind) {
        return kinds.contains(kind);
    }

    /** One thing an index can have that the entity model cannot express. */
    public enum Kind {
        /** A {@code WHERE} condition ({@code pg_index.indpred}). */
        PARTIAL,
        /** An access method other than {@code btree} ({@code pg_am.amname}). */
        METHOD,
        /** Non-key {@code INCLUDE} columns ({@code indnkeyatts < indnatts}). */
        INCLUDE_COLUMNS,
        /** Expressions among its keys ({@code pg_index.indexprs}). */
        EXPRESSIONS,
        /** A key sorted with its nulls in the non-default place ({@code pg_index.indoption}). */
        NULLS_ORDER,
        /** A key with an operator class that is not its type's default ({@code pg_opclass.opcdefault}). */
        OPERATOR_CLASS,
        /** A key with a collation other than its column's ({@code pg_index.indcollation}). */
        COLLATION
    }
}
