package dev.autogen.cli;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.graph.MigrationPlanner;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.load.ResolvedMigration;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The revisions a squash replaces: those from {@code from} (inclusive; {@code base}: the first) to
 * {@code to} (inclusive; {@code head}: the single head), parents first, and the parents the squashed
 * revision takes: those of the range's revisions that lie outside it. A merge inside the range is
 * squashed with it; a revision outside the range that builds on one inside it other than the last is
 * refused, because it would then have to wait for the whole range.
 *
 * @param revisions the replaced revisions, parents first
 * @param parents   the parents of the squashed revision, sorted
 */
record SquashRange(List<ResolvedMigration> revisions, List<String> parents) {
    /** The range; the error says why it cannot be squashed. */
    static SquashRange of(RevisionGraph graph, String from, String to) {
        String last = to.equals("head") ? new MigrationPlanner(graph, Set.of()).singleHead() : graph.resolve(to);
        Set<String> members = graph.ancestorsInclusive(List.of(last));
        if (!from.equals("base")) {
            String first = graph.resolve(from);
            if (!members.contains(first)) {
                throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "Cannot squash from " + first + " to " + last
                        + ": " + first + " is not an ancestor of " + last + ". Give --from a revision that " + last
                        + " builds on.");
            }
            members.removeIf(id -> !graph.ancestorsInclusive(List.of(id)).contains(first));
        }
        List<ResolvedMigration> revisions = graph.ordered().stream().filter(m -> members.contains(m.id())).toList();
        if (revisions.size() < 2) {
            throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "The range " + from + ".." + to + " holds only "
                    + revisions.stream().map(ResolvedMigration::id).toList() + "; a squash needs two revisions or more."
                    + " Give --from and --to revisions further apart.");
        }
        Set<String> parents = new TreeSet<>();
        for (ResolvedMigration migration : revisions) {
            migration.parents().stream().filter(p -> !members.contains(p)).forEach(parents::add);
        }
        for (ResolvedMigration migration : graph.ordered()) {
            if (members.contains(migration.id())) {
                continue;
            }
            for (String parent : migration.parents()) {
                if (members.contains(parent) && !parent.equals(last)) {
                    throw new AutogenException(ErrorCode.REVISION_GRAPH, "Cannot squash " + revisions.get(0).id()
                            + ".." + last + ": revision " + migration.id() + " (" + migration.origin() + ") builds on "
                            + parent + ", inside the range but not its last revision, so after the squash it would"
                            + " wait for all of it. Squash up to " + parent + " (--to " + parent + "), or merge "
                            + migration.id() + " into the range first ('autogen merge').");
                }
            }
        }
        return new SquashRange(revisions, List.copyOf(parents));
    }

    /** The ids of the replaced revisions, parents first. */
    List<String> ids() {
        return revisions.stream().map(ResolvedMigration::id).toList();
    }

    /** The last revision of the range, which the revisions after it build on. */
    String last() {
        return revisions.get(revisions.size() - 1).id();
    }
}
