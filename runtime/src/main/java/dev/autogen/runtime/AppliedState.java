package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.history.HistoryEntry;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.load.SourceDigests;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the history table says is applied, checked against the migrations: every recorded revision
 * must exist, none may be incomplete, and none may have been edited since it ran.
 */
final class AppliedState {
    private final HistoryTable history;
    private final Map<String, HistoryEntry> entries;

    private AppliedState(HistoryTable history, Map<String, HistoryEntry> entries) {
        this.history = history;
        this.entries = entries;
    }

    /** Reads the history; fails when it records a revision that no migration declares. */
    static AppliedState read(HistoryTable history, Connection connection, RevisionGraph graph) throws SQLException {
        Map<String, HistoryEntry> entries = new LinkedHashMap<>();
        for (HistoryEntry entry : history.readForVerification(connection)) {
            if (!graph.knows(entry.revision())) {
                throw unknownRevision(history, connection, graph, entry);
            }
            entries.put(entry.revision(), entry);
        }
        return new AppliedState(history, entries);
    }

    private static AutogenException unknownRevision(HistoryTable history, Connection connection, RevisionGraph graph,
                                                    HistoryEntry unknown) throws SQLException {
        List<String> known = history.readForVerification(connection).stream()
                .map(HistoryEntry::revision).filter(graph::knows).toList();
        List<String> heads = graph.headsOf(known);
        return new AutogenException(ErrorCode.HISTORY_MISMATCH, "Revision " + unknown.revision() + " ("
                + unknown.description() + ") is recorded in " + history.name()
                + " as applied, but no migration declares it. Nothing was run. Restore its migration file if it was"
                + " deleted. If " + history.name() + " belongs to another project, give this project its own table"
                + " with --history-table. To delete the records of every revision that no migration declares, run"
                + " 'autogen stamp --purge-unknown " + (heads.isEmpty() ? "base" : String.join(" ", heads))
                + "'.");
    }

    /**
     * Fails when a recorded revision builds on one that is not recorded, as after a deleted row:
     * upgrading would run the missing revision again over a schema that has its changes.
     */
    void requireNoGaps(RevisionGraph graph) {
        Set<String> present = graph.squashes().effective(entries.keySet());
        present.removeIf(id -> !graph.contains(id));
        Set<String> needed = graph.ancestorsInclusive(present);
        Set<String> missing = new LinkedHashSet<>();
        for (ResolvedMigration migration : graph.ordered()) {
            if (needed.contains(migration.id()) && !present.contains(migration.id())) {
                missing.add(migration.id());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String first = missing.iterator().next();
        String descendant = present.stream()
                .filter(id -> graph.ancestorsInclusive(List.of(id)).contains(first)).findFirst().orElseThrow();
        String list = String.join(" ", missing);
        throw new AutogenException(ErrorCode.HISTORY_MISMATCH, history.name() + " records revision " + descendant
                + " as applied but not " + (missing.size() > 1 ? "its ancestors " : "its ancestor ") + list
                + " (" + graph.get(first).origin() + (missing.size() > 1 ? ", …" : "") + "): a row was deleted or"
                + " never written. Nothing was run, so that it is not run again over a schema that has its changes."
                + " If the database has the changes of " + list + " ('autogen show REV' lists them), run 'autogen stamp"
                + " --add " + list + "' to record them without running them and keep every other row. Otherwise"
                + " apply them by hand first, then run that command.");
    }

    /**
     * The revisions the history records, less those whose stepped upgrade is under way: those are not
     * applied yet, and the next upgrade resumes them. A revision whose stepped undo is under way counts
     * as applied until the undo ends.
     */
    Set<String> revisions() {
        Set<String> revisions = new LinkedHashSet<>(entries.keySet());
        entries.values().stream().filter(AppliedState::upgradeUnderWay).forEach(e -> revisions.remove(e.revision()));
        return revisions;
    }

    /** The revisions whose stepped upgrade is under way, which the next upgrade resumes. */
    Set<String> upgradesUnderWay() {
        Set<String> revisions = new LinkedHashSet<>();
        entries.values().stream().filter(AppliedState::upgradeUnderWay).forEach(e -> revisions.add(e.revision()));
        return revisions;
    }

    private static boolean upgradeUnderWay(HistoryEntry entry) {
        return entry.resumable() && !IncompleteAdvice.undoing(entry);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    List<HistoryEntry> incomplete() {
        return entries.values().stream().filter(e -> !e.success()).toList();
    }

    /** Fails when a migration was left half-done, a stepped one included. */
    void requireComplete() {
        requireComplete(null);
    }

    /**
     * Fails when a migration was left half-done, except a stepped one under way in the given direction,
     * which a run in that direction resumes ({@code null}: none is excepted).
     */
    void requireComplete(MigrationResult.Direction resuming) {
        for (HistoryEntry entry : incomplete()) {
            if (entry.resumable()) {
                boolean undoing = IncompleteAdvice.undoing(entry);
                if (resuming == (undoing ? MigrationResult.Direction.DOWNGRADE : MigrationResult.Direction.UPGRADE)) {
                    continue;
                }
                throw underWay(entry, undoing);
            }
            throw new AutogenException(ErrorCode.INCOMPLETE_MIGRATION, "Revision " + entry.revision() + " ("
                    + entry.description() + ") stopped half-way while " + (IncompleteAdvice.undoing(entry)
                    ? "being undone" : "being applied") + " outside a transaction, and " + history.name()
                    + " records it as incomplete. " + IncompleteAdvice.of(entry));
        }
    }

    private AutogenException underWay(HistoryEntry entry, boolean undoing) {
        int done = entry.progress().completedStatements();
        return new AutogenException(ErrorCode.INCOMPLETE_MIGRATION, "Revision " + entry.revision() + " ("
                + entry.description() + ") is partly " + (undoing ? "undone" : "applied") + ": a run of its lock-safe"
                + " steps stopped after " + Plural.of(done, "statement") + ", and " + history.name() + " records it as under way."
                + " Nothing was run. " + (undoing
                ? "Run the same 'autogen downgrade' again to finish undoing it; or redo what was undone by hand and run "
                + IncompleteAdvice.asApplied(entry.revision()) + " to record it as applied."
                : "Run 'autogen upgrade' to finish applying it first; or undo its committed statements by hand and run "
                + IncompleteAdvice.asUndone(entry.parents()) + "."));
    }

    /**
     * The result of comparing the applied migrations with what the history recorded.
     *
     * @param edited          the revisions whose upgrade now renders another checksum, with that checksum
     * @param verifiedSources the revisions found unchanged by rendering them, whose verified source
     *                        the history does not hold yet, with the value to record
     * @param unverifiable    the applied revisions whose recorded checksum is empty, in order
     */
    record Verification(Map<String, String> edited, Map<String, String> verifiedSources, List<String> unverifiable) {
    }

    /**
     * Compares every applied migration with its recorded checksum. A migration whose source digest,
     * bound to the recorded checksum, equals the recorded verified source is unchanged without
     * being rendered; the others are instantiated and rendered.
     */
    Verification verify(RevisionGraph graph, SqlDialect dialect) {
        Map<String, String> edited = new LinkedHashMap<>();
        Map<String, String> verifiedSources = new LinkedHashMap<>();
        List<String> unverifiable = new ArrayList<>();
        for (HistoryEntry entry : entries.values()) {
            if (entry.success() && Checksums.isMissing(entry.checksum())) {
                unverifiable.add(entry.revision());
            }
            if (!entry.success() || !Checksums.isComparable(entry.checksum())) {
                continue;
            }
            ResolvedMigration migration = graph.declared(entry.revision()).orElse(null);
            if (migration == null) {
                continue;
            }
            String expected = SourceDigests.recorded(migration.sourceDigest(), entry.checksum());
            if (expected != null && expected.equals(entry.verifiedSource())) {
                continue;
            }
            String checksum = Checksums.of(dialect, migration);
            if (!checksum.equals(entry.checksum())) {
                edited.put(entry.revision(), checksum);
            } else if (expected != null) {
                verifiedSources.put(entry.revision(), expected);
            }
        }
        return new Verification(edited, verifiedSources, unverifiable);
    }

    /** The checksum status of every revision applied completely, in the order the history lists them. */
    Map<String, ChecksumStatus> checksumStatuses(RevisionGraph graph, SqlDialect dialect) {
        Verification verification = verify(graph, dialect);
        Map<String, ChecksumStatus> statuses = new LinkedHashMap<>();
        for (HistoryEntry entry : entries.values()) {
            if (!entry.success()) {
                continue;
            }
            String revision = entry.revision();
            ChecksumStatus status;
            if (Checksums.isMissing(entry.checksum())) {
                status = ChecksumStatus.MISSING;
            } else if (!Checksums.isComparable(entry.checksum())) {
                status = ChecksumStatus.OUTDATED;
            } else if (verification.edited().containsKey(revision)) {
                status = ChecksumStatus.EDITED;
            } else {
                status = ChecksumStatus.MATCHES;
            }
            statuses.put(revision, status);
        }
        return statuses;
    }

    /** The applied revisions whose checksum an older algorithm made, with the current checksum. */
    Map<String, String> outdatedChecksums(RevisionGraph graph, SqlDialect dialect) {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (HistoryEntry entry : entries.values()) {
            if (entry.success() && !Checksums.isComparable(entry.checksum())) {
                graph.declared(entry.revision()).ifPresent(migration ->
                        checksums.put(entry.revision(), Checksums.of(dialect, migration)));
            }
        }
        return checksums;
    }

    private static String origin(RevisionGraph graph, String revision) {
        return graph.declared(revision).map(ResolvedMigration::origin).orElse("squashed, file deleted");
    }

    /**
     * Fails when an applied migration was edited after it ran; otherwise returns the verified
     * sources to record for the migrations that had to be rendered to tell.
     */
    Map<String, String> requireUnchanged(RevisionGraph graph, SqlDialect dialect) {
        Verification verification = verify(graph, dialect);
        Map<String, String> edited = verification.edited();
        if (!edited.isEmpty()) {
            String first = edited.keySet().iterator().next();
            throw new AutogenException(ErrorCode.CHECKSUM_MISMATCH, "The applied "
                    + (edited.size() == 1 ? "migration " : "migrations ")
                    + String.join(", ", edited.keySet()) + " (" + origin(graph, first)
                    + (edited.size() > 1 ? ", …) changed after they ran: what they do" : ") changed after it ran: what it does")
                    + " now differs from"
                    + " what " + history.name() + " recorded. Nothing was run. Revert the edit and put the change in a"
                    + " new revision, or, if the database already matches the edited migration, run"
                    + " 'autogen upgrade --repair' to accept it.");
        }
        List<String> unverifiable = verification.unverifiable();
        if (!unverifiable.isEmpty()) {
            throw new AutogenException(ErrorCode.CHECKSUM_MISMATCH, history.name() + " records no checksum for the"
                    + " applied " + (unverifiable.size() == 1 ? "migration " : "migrations ") + String.join(", ", unverifiable) + " ("
                    + origin(graph, unverifiable.get(0)) + (unverifiable.size() > 1 ? ", …" : "") + "), so autogen"
                    + " cannot tell whether " + (unverifiable.size() == 1 ? "it was edited after it ran" : "they were edited"
                    + " after they ran") + ". Nothing was run. Check that each file"
                    + " still does what ran on this database (e.g. with git log), then run 'autogen upgrade --repair'"
                    + " to record its current checksum.");
        }
        return verification.verifiedSources();
    }
}
