package dev.autogen.runtime.graph;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.load.ResolvedMigration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The validated graph of revisions, with parents before children in {@link #ordered()}. */
public final class RevisionGraph {
    private final Map<String, ResolvedMigration> byId;
    private final List<ResolvedMigration> ordered;
    private final List<String> heads;
    private final Squashes squashes;
    private final Map<String, ResolvedMigration> replaced;

    private RevisionGraph(Map<String, ResolvedMigration> byId, Squashes squashes,
                          Map<String, ResolvedMigration> replaced) {
        this.byId = byId;
        this.squashes = squashes;
        this.replaced = replaced;
        Map<String, List<String>> children = new HashMap<>();
        for (ResolvedMigration migration : byId.values()) {
            for (String parent : migration.parents()) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(migration.id());
            }
        }
        this.ordered = topologicalOrder(children);
        this.heads = ordered.stream().map(ResolvedMigration::id).filter(id -> !children.containsKey(id)).sorted().toList();
    }

    /**
     * Builds and validates the graph; the error names duplicate ids, unknown parents or a cycle. The
     * revisions a squashed revision replaces are kept aside ({@link #replacedMigration}), and a revision
     * that names one of them as parent follows the squashed revision instead.
     */
    public static RevisionGraph of(Collection<ResolvedMigration> migrations) {
        Map<String, ResolvedMigration> declared = new TreeMap<>();
        for (ResolvedMigration migration : migrations) {
            ResolvedMigration previous = declared.putIfAbsent(migration.id(), migration);
            if (previous != null) {
                throw new AutogenException(ErrorCode.REVISION_GRAPH, "Duplicate revision id " + migration.id()
                        + ": it is declared by both " + previous.origin() + " and " + migration.origin()
                        + ". Give one of them a new id in its @Revision annotation.");
            }
        }
        Squashes squashes = Squashes.of(declared.values());
        Map<String, ResolvedMigration> byId = new TreeMap<>();
        Map<String, ResolvedMigration> replaced = new TreeMap<>();
        for (ResolvedMigration migration : declared.values()) {
            if (squashes.isReplaced(migration.id())) {
                replaced.put(migration.id(), migration);
            } else {
                byId.put(migration.id(), squashes.isEmpty() ? migration
                        : migration.withParents(squashes.effectiveParents(migration)));
            }
        }
        for (ResolvedMigration migration : byId.values()) {
            for (String parent : migration.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new AutogenException(ErrorCode.REVISION_GRAPH, "Revision " + migration.id() + " ("
                            + migration.origin() + ") names the parent " + parent
                            + ", which no migration declares. Restore the missing migration or correct the parent.");
                }
            }
        }
        return new RevisionGraph(byId, squashes, replaced);
    }

    private List<ResolvedMigration> topologicalOrder(Map<String, List<String>> children) {
        Map<String, Integer> pendingParents = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>();
        for (ResolvedMigration migration : byId.values()) {
            int count = new HashSet<>(migration.parents()).size();
            pendingParents.put(migration.id(), count);
            if (count == 0) {
                ready.add(migration.id());
            }
        }
        List<ResolvedMigration> result = new ArrayList<>(byId.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            result.add(byId.get(id));
            for (String child : children.getOrDefault(id, List.of())) {
                if (pendingParents.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (result.size() < byId.size()) {
            Set<String> inCycle = new LinkedHashSet<>(byId.keySet());
            result.forEach(m -> inCycle.remove(m.id()));
            throw new AutogenException(ErrorCode.REVISION_GRAPH, "The revisions " + String.join(", ", inCycle)
                    + " form a cycle through their parents. Correct the parents in their @Revision annotations.");
        }
        return List.copyOf(result);
    }

    /** The squashed revisions and what they replace. */
    public Squashes squashes() {
        return squashes;
    }

    /** Whether a squashed revision replaces this id, whether or not its file still exists. */
    public boolean isReplaced(String id) {
        return squashes.isReplaced(id);
    }

    /** Whether the id is a revision of the graph or one a squashed revision of it replaces. */
    public boolean knows(String id) {
        return byId.containsKey(id) || squashes.isReplaced(id);
    }

    /** The migration declaring this id: a revision of the graph or a replaced one whose file still exists. */
    public Optional<ResolvedMigration> declared(String id) {
        ResolvedMigration migration = byId.get(id);
        return Optional.ofNullable(migration != null ? migration : replaced.get(id));
    }

    /** The migration of a replaced revision whose file still exists, or {@code null}. */
    public ResolvedMigration replacedMigration(String id) {
        return replaced.get(id);
    }

    /** The replaced revisions of a squashed revision whose files are gone, sorted. */
    public List<String> missingReplaced(String squash) {
        return squashes.replacedBy(squash).stream().filter(id -> !replaced.containsKey(id)).sorted().toList();
    }

    /** All revisions, parents before children, ties broken by id. */
    public List<ResolvedMigration> ordered() {
        return ordered;
    }

    /** The revisions no other revision names as parent, sorted by id. */
    public List<String> heads() {
        return heads;
    }

    /** Whether the graph has no revisions. */
    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** Whether a revision with this exact id exists. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The revision with this exact id. */
    public ResolvedMigration get(String id) {
        ResolvedMigration migration = byId.get(id);
        if (migration == null) {
            throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "There is no revision " + id + ".");
        }
        return migration;
    }

    /** The given revisions and all their ancestors. */
    public Set<String> ancestorsInclusive(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        Deque<String> work = new ArrayDeque<>(ids);
        while (!work.isEmpty()) {
            String id = work.pop();
            if (seen.add(id)) {
                work.addAll(get(id).parents());
            }
        }
        return seen;
    }

    /**
     * The heads of a set of revisions: those none of the others descends from. One walk over the
     * ancestors of all of them, so linear in the size of the graph.
     */
    public List<String> headsOf(Collection<String> given) {
        Collection<String> ids = squashes.isEmpty() ? given : squashes.effective(given);
        Set<String> notHeads = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        for (String id : ids) {
            ResolvedMigration migration = byId.get(id);
            if (migration != null) {
                work.addAll(migration.parents());
            }
        }
        while (!work.isEmpty()) {
            String id = work.pop();
            if (notHeads.add(id)) {
                work.addAll(get(id).parents());
            }
        }
        return ids.stream().filter(id -> !notHeads.contains(id)).sorted().toList();
    }

    /**
     * The revision whose id is {@code idOrPrefix} or starts with it. The error lists the candidates
     * when the prefix is ambiguous or matches nothing.
     */
    public String resolve(String idOrPrefix) {
        if (byId.containsKey(idOrPrefix)) {
            return idOrPrefix;
        }
        if (squashes.isReplaced(idOrPrefix)) {
            String squash = squashes.squashOf(idOrPrefix);
            List<String> parents = byId.get(squash).parents();
            throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "Revision " + idOrPrefix + " is squashed into "
                    + squash + " (" + byId.get(squash).origin() + "), which runs as one step. Use " + squash
                    + " or " + (parents.isEmpty() ? "base" : String.join(", ", parents)) + " instead.");
        }
        List<String> matches = byId.keySet().stream().filter(id -> id.startsWith(idOrPrefix)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "No revision matches '" + idOrPrefix
                    + "'. Known revisions: " + describeCandidates(byId.keySet())
                    + ". Use head, heads, base, +N, -N, a revision id or a unique prefix of one.");
        }
        throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "The prefix '" + idOrPrefix + "' is ambiguous: it matches "
                + String.join(", ", matches) + ". Give more characters of the revision id.");
    }

    private static String describeCandidates(Collection<String> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        List<String> list = new ArrayList<>(ids);
        if (list.size() > 20) {
            return String.join(", ", list.subList(list.size() - 20, list.size())) + " (last 20 of " + list.size() + ")";
        }
        return list.stream().collect(Collectors.joining(", "));
    }
}
