package dev.autogen.runtime.graph;

import dev.autogen.runtime.Plural;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.load.ResolvedMigration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Decides which migrations an upgrade or downgrade runs, and in which order, given the graph and
 * the revisions already applied.
 */
public final class MigrationPlanner {
    private final RevisionGraph graph;
    private final Set<String> applied;

    /** A planner over the graph, with the applied revision ids as recorded in the history table. */
    public MigrationPlanner(RevisionGraph graph, Set<String> applied) {
        this.graph = graph;
        this.applied = Set.copyOf(applied);
    }

    /**
     * The migrations to apply, parents first, for a target: {@code head} (the single head),
     * {@code heads} (all heads), {@code +N}, or a revision id or unique prefix.
     */
    public List<ResolvedMigration> upgrade(String target) {
        if (target.startsWith("+")) {
            int steps = parseSteps(target);
            List<ResolvedMigration> pending = pendingTowards(Set.copyOf(graph.ancestorsInclusive(List.of(singleHead()))));
            if (steps > pending.size()) {
                throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "Cannot upgrade " + target + ": only "
                        + Plural.of(pending.size(), "revision") + " " + Plural.verb(pending.size()) + " pending.");
            }
            return pending.subList(0, steps);
        }
        Set<String> wanted = switch (target) {
            case "head" -> graph.isEmpty() ? Set.of() : graph.ancestorsInclusive(List.of(singleHead()));
            case "heads" -> graph.ancestorsInclusive(graph.heads());
            default -> graph.ancestorsInclusive(List.of(graph.resolve(target)));
        };
        return pendingTowards(wanted);
    }

    /**
     * The migrations to undo, children first, for a target: {@code -N}, {@code base}, or a revision
     * id or unique prefix that stays applied.
     */
    public List<ResolvedMigration> downgrade(String target) {
        List<ResolvedMigration> appliedNewestFirst = new ArrayList<>();
        for (ResolvedMigration migration : graph.ordered()) {
            if (applied.contains(migration.id())) {
                appliedNewestFirst.add(migration);
            }
        }
        Collections.reverse(appliedNewestFirst);
        if (target.equals("base")) {
            return appliedNewestFirst;
        }
        if (target.startsWith("-")) {
            int steps = parseSteps(target);
            if (steps > appliedNewestFirst.size()) {
                throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "Cannot downgrade " + target + ": only "
                        + Plural.of(appliedNewestFirst.size(), "revision") + " " + Plural.verb(appliedNewestFirst.size())
                        + " applied.");
            }
            return appliedNewestFirst.subList(0, steps);
        }
        String id = graph.resolve(target);
        if (!applied.contains(id)) {
            throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "Cannot downgrade to " + id
                    + ": it is not applied. Downgrade goes back to an applied revision, to -N or to base.");
        }
        Set<String> keep = graph.ancestorsInclusive(List.of(id));
        return appliedNewestFirst.stream().filter(m -> !keep.contains(m.id())).toList();
    }

    /** The single head; the error names all heads when there are several. */
    public String singleHead() {
        List<String> heads = graph.heads();
        if (heads.isEmpty()) {
            throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "There are no migrations yet.");
        }
        if (heads.size() > 1) {
            throw new AutogenException(ErrorCode.REVISION_GRAPH, "The revision graph has " + heads.size()
                    + " heads: " + String.join(", ", heads) + ". Run 'autogen merge -m \"merge\" "
                    + String.join(" ", heads) + "' to join them, or upgrade to 'heads' or to one revision id.");
        }
        return heads.get(0);
    }

    private List<ResolvedMigration> pendingTowards(Set<String> wanted) {
        return graph.ordered().stream()
                .filter(m -> wanted.contains(m.id()) && !applied.contains(m.id()))
                .toList();
    }

    private static int parseSteps(String target) {
        try {
            int steps = Integer.parseInt(target.substring(1));
            if (steps < 1) {
                throw new NumberFormatException();
            }
            return steps;
        } catch (NumberFormatException e) {
            throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "'" + target
                    + "' is not a valid relative target. Use +N or -N with N of 1 or more.");
        }
    }
}
