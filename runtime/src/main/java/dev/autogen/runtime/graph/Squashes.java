package dev.autogen.runtime.graph;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.load.ResolvedMigration;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which revisions squashed revisions replace ({@code @Revision(replaces = …)}). A squash replaced by
 * another squash hands its own replaced revisions on to it, so each replaced revision has one squash
 * that stands for it. Empty for a history without squashes.
 */
public final class Squashes {
    private final Map<String, List<String>> declared;
    private final Map<String, Set<String>> replacedBySquash;
    private final Map<String, String> squashOfReplaced;

    private Squashes(Map<String, List<String>> declared, Map<String, Set<String>> replacedBySquash,
                     Map<String, String> squashOfReplaced) {
        this.declared = declared;
        this.replacedBySquash = replacedBySquash;
        this.squashOfReplaced = squashOfReplaced;
    }

    /** The squashes the migrations declare; the error names a revision two squashes both replace. */
    static Squashes of(Collection<ResolvedMigration> migrations) {
        Map<String, List<String>> declared = new TreeMap<>();
        for (ResolvedMigration migration : migrations) {
            if (!migration.replaces().isEmpty()) {
                declared.put(migration.id(), migration.replaces());
            }
        }
        Set<String> nested = new LinkedHashSet<>();
        declared.values().forEach(replaces -> replaces.stream().filter(declared::containsKey).forEach(nested::add));
        Map<String, Set<String>> replacedBySquash = new TreeMap<>();
        Map<String, String> squashOfReplaced = new TreeMap<>();
        for (String squash : declared.keySet()) {
            Set<String> replaced = new LinkedHashSet<>();
            addReplaced(declared, squash, squash, replaced, new LinkedHashSet<>());
            replacedBySquash.put(squash, Collections.unmodifiableSet(replaced));
            if (nested.contains(squash)) {
                continue;
            }
            for (String id : replaced) {
                String other = squashOfReplaced.putIfAbsent(id, squash);
                if (other != null) {
                    throw new AutogenException(ErrorCode.REVISION_GRAPH, "Revision " + id + " is replaced by both"
                            + " squashed revisions " + other + " and " + squash + ". A revision can be squashed once:"
                            + " delete one of the two squashed revisions.");
                }
            }
        }
        return new Squashes(declared, replacedBySquash, squashOfReplaced);
    }

    /** Adds what a squash replaces, a nested squash's own replaced revisions just before it. */
    private static void addReplaced(Map<String, List<String>> declared, String top, String squash, Set<String> into,
                                    Set<String> visiting) {
        if (!visiting.add(squash)) {
            throw new AutogenException(ErrorCode.REVISION_GRAPH, "The squashed revision " + top + " replaces itself"
                    + " through " + squash + ". Correct the @Revision(replaces = …) of " + squash + ".");
        }
        for (String id : declared.get(squash)) {
            if (id.equals(top)) {
                throw new AutogenException(ErrorCode.REVISION_GRAPH, "The squashed revision " + top
                        + " names itself among the revisions it replaces. Correct its @Revision(replaces = …).");
            }
            if (declared.containsKey(id)) {
                addReplaced(declared, top, id, into, visiting);
            }
            into.add(id);
        }
        visiting.remove(squash);
    }

    /** No squashes, as in a history that never squashed. */
    public static Squashes none() {
        return new Squashes(Map.of(), Map.of(), Map.of());
    }

    /**
     * Whether the recorded ids hold this revision: itself, all the revisions it squashes, or the
     * squashed revision that replaces it.
     */
    public boolean holds(Collection<String> ids, String id) {
        if (ids.contains(id) || covered(id, ids)) {
            return true;
        }
        String squash = squashOfReplaced.get(id);
        return squash != null && (ids.contains(squash) || covered(squash, ids));
    }

    /** Whether the ids hold every revision a squashed revision replaces, a nested squash standing for its own. */
    private boolean covered(String squash, Collection<String> ids) {
        List<String> members = declared.get(squash);
        return members != null && members.stream().allMatch(id -> ids.contains(id) || covered(id, ids));
    }

    /** Whether no revision squashes others. */
    public boolean isEmpty() {
        return declared.isEmpty();
    }

    /** Whether a squashed revision replaces this id. */
    public boolean isReplaced(String id) {
        return squashOfReplaced.containsKey(id);
    }

    /** The squashed revision that replaces this id, or {@code null}. */
    public String squashOf(String id) {
        return squashOfReplaced.get(id);
    }

    /** The revisions a squashed revision replaces, nested ones included, in the order they ran; empty when it is none. */
    public Set<String> replacedBy(String squash) {
        return replacedBySquash.getOrDefault(squash, Set.of());
    }

    /** The revisions a squashed revision names in its own {@code replaces}, in order. */
    public List<String> membersOf(String squash) {
        return declared.getOrDefault(squash, List.of());
    }

    /**
     * The ids as the graph sees them: replaced revisions left out, and each squashed revision whose
     * replaced revisions are all among the ids added, in the ids' order.
     */
    public Set<String> effective(Collection<String> ids) {
        if (isEmpty()) {
            return new LinkedHashSet<>(ids);
        }
        Set<String> effective = new LinkedHashSet<>();
        for (String id : ids) {
            String squash = squashOfReplaced.get(id);
            if (squash == null) {
                effective.add(id);
            } else if (covered(squash, ids)) {
                effective.add(squash);
            }
        }
        return effective;
    }

    /**
     * Whether the ids hold some, not all, of the revisions this squashed revision replaces, and not the
     * squashed revision itself: the database is part way through the range.
     */
    public boolean isPartial(String squash, Collection<String> ids) {
        return declared.containsKey(squash) && !ids.contains(squash) && !covered(squash, ids)
                && replacedBy(squash).stream().anyMatch(ids::contains);
    }

    /** The parents of a revision as the graph sees them: a replaced parent is its squashed revision. */
    List<String> effectiveParents(ResolvedMigration migration) {
        Set<String> parents = new LinkedHashSet<>();
        for (String parent : migration.parents()) {
            String squash = squashOfReplaced.get(parent);
            if (squash != null && squash.equals(migration.id())) {
                throw new AutogenException(ErrorCode.REVISION_GRAPH, "The squashed revision " + migration.id() + " ("
                        + migration.origin() + ") has " + parent + " both as parent and among the revisions it"
                        + " replaces. Its parent must be the parent of the first revision it replaces.");
            }
            parents.add(squash == null ? parent : squash);
        }
        return List.copyOf(parents);
    }
}
