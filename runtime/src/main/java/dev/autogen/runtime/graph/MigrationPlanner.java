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
    private final Set<String> recorded;
    private final Set<String> applied;

    /**
     * A planner over the graph, with the applied revision ids as recorded in the history table. A
     * squashed revision counts as applied when all the revisions it replaces are recorded.
     */
    public MigrationPlanner(RevisionGraph graph, Set<String> applied) {
        this.graph = graph;
        this.recorded = Set.copyOf(applied);
        this.applied = Set.copyOf(graph.squashes().effective(applied));
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
            } else if (graph.squashes().isPartial(migration.id(), recorded)) {
                appliedNewestFirst.addAll(partOfRange(migration, true));
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
        return appliedNewestFirst.stream().filter(m -> !keep.contains(inGraph(m.id()))).toList();
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
        List<ResolvedMigration> pending = new ArrayList<>();
        for (ResolvedMigration migration : graph.ordered()) {
            if (wanted.contains(migration.id()) && !applied.contains(migration.id())) {
                pending.addAll(graph.squashes().isPartial(migration.id(), recorded)
                        ? partOfRange(migration, false) : List.of(migration));
            }
        }
        return pending;
    }

    private String inGraph(String id) {
        String squash = graph.squashes().squashOf(id);
        return squash == null ? id : squash;
    }

    /**
     * The revisions a squashed revision names that the database part way through it has applied (to
     * undo them, newest last) or has not (to apply them), in the order they ran. Fails when one of them
     * has no file any more, or is itself a squashed revision the database is part way through.
     */
    private List<ResolvedMigration> partOfRange(ResolvedMigration squash, boolean appliedOnes) {
        Squashes squashes = graph.squashes();
        List<String> members = squashes.membersOf(squash.id());
        List<String> needed = members.stream()
                .filter(id -> squashes.holds(recorded, id) == appliedOnes).toList();
        List<String> blocked = new ArrayList<>();
        List<ResolvedMigration> plan = new ArrayList<>();
        for (String id : needed) {
            ResolvedMigration migration = graph.replacedMigration(id);
            if (migration == null || squashes.isPartial(id, recorded)) {
                blocked.add(id);
            } else {
                plan.add(migration);
            }
        }
        if (!blocked.isEmpty()) {
            List<String> done = members.stream().filter(id -> squashes.holds(recorded, id)).toList();
            List<String> notDone = members.stream().filter(id -> !squashes.holds(recorded, id)).toList();
            throw new AutogenException(ErrorCode.SQUASH_INCOMPLETE, "The database is part way through the revisions"
                    + " that " + squash.id() + " (" + squash.origin() + ") squashes: it applied "
                    + String.join(", ", done) + " but not " + String.join(", ", notDone) + ". The files of "
                    + String.join(", ", blocked) + " are gone, so it can go neither on to " + squash.id()
                    + " nor back. Nothing was run. Restore those migration files (e.g. from version control), run "
                    + (appliedOnes ? "the downgrade" : "'autogen upgrade'") + " again, and delete them only once every"
                    + " database has passed " + squash.id() + ".");
        }
        return plan;
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
