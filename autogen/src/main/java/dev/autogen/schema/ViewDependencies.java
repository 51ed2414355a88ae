package dev.autogen.schema;

import dev.autogen.runtime.dialect.PostgresIdentifiers;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the views of a database read, as its catalog records it ({@code pg_depend} of each view's
 * rewrite rule): whole tables and views, and single columns. PostgreSQL refuses to drop or retype
 * what a view reads, so a plan must take the view away first and put it back after. An entity model
 * has none: its views do not exist yet.
 *
 * @param edges each view and what it reads
 */
public record ViewDependencies(Set<Edge> edges) {
    private static final Comparator<Edge> ORDER = Comparator.comparing(Edge::view).thenComparing(Edge::relation)
            .thenComparing(Edge::column, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Copies the edges into a sorted, unmodifiable set. */
    public ViewDependencies {
        TreeSet<Edge> sorted = new TreeSet<>(ORDER);
        sorted.addAll(edges);
        edges = Collections.unmodifiableSet(sorted);
    }

    /** No dependencies. */
    public static ViewDependencies none() {
        return new ViewDependencies(Set.of());
    }

    /** The dependencies of the given edges. */
    public static ViewDependencies of(Collection<Edge> edges) {
        return new ViewDependencies(Set.copyOf(edges));
    }

    /** Only the edges of views that the predicate keeps. */
    public ViewDependencies ofViews(Predicate<String> keep) {
        return new ViewDependencies(edges.stream().filter(e -> keep.test(e.view())).collect(Collectors.toSet()));
    }

    /** The edges of one view. */
    public Set<Edge> of(String view) {
        Set<Edge> found = new TreeSet<>(ORDER);
        edges.stream().filter(e -> e.view().equals(view)).forEach(found::add);
        return found;
    }

    /**
     * One thing a view reads.
     *
     * @param view     the view, named as in the model
     * @param relation the table or view it reads, named as in the model
     * @param column   the column it reads, {@code null} for the relation as a whole
     */
    public record Edge(String view, String relation, String column) {
        /** An edge on a whole relation. */
        public static Edge onRelation(String view, String relation) {
            return new Edge(view, relation, null);
        }

        @Override
        public String toString() {
            return view + " reads " + (column == null ? relation : PostgresIdentifiers.nameOf(relation) + "." + column);
        }
    }
}
