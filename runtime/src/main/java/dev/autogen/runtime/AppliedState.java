package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.history.HistoryEntry;
import dev.autogen.runtime.history.HistoryTable;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
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
        for (HistoryEntry entry : history.read(connection)) {
            if (!graph.contains(entry.revision())) {
                throw new AutogenException(ErrorCode.HISTORY_MISMATCH, "Revision " + entry.revision() + " ("
                        + entry.description() + ") is recorded in " + history.name()
                        + " as applied, but no migration declares it. Restore its migration file, or run"
                        + " 'autogen stamp REV' to record the database at a revision that exists.");
            }
            entries.put(entry.revision(), entry);
        }
        return new AppliedState(history, entries);
    }

    Set<String> revisions() {
        return entries.keySet();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    List<HistoryEntry> incomplete() {
        return entries.values().stream().filter(e -> !e.success()).toList();
    }

    /** Fails when a non-transactional migration was left half-done. */
    void requireComplete() {
        List<HistoryEntry> incomplete = incomplete();
        if (!incomplete.isEmpty()) {
            HistoryEntry entry = incomplete.get(0);
            throw new AutogenException(ErrorCode.INCOMPLETE_MIGRATION, "Revision " + entry.revision() + " ("
                    + entry.description() + ") failed half-way outside a transaction, and " + history.name()
                    + " records it as incomplete. Finish or undo its statements by hand, then run"
                    + " 'autogen upgrade --repair' to run it again, or 'autogen stamp " + entry.revision()
                    + "' to record it as applied.");
        }
    }

    /** The applied revisions whose migration now has another checksum, with the new checksum. */
    Map<String, String> editedSinceApplied(RevisionGraph graph, SqlDialect dialect) {
        Map<String, String> edited = currentChecksums(graph, dialect, true);
        edited.entrySet().removeIf(e -> e.getValue().equals(entries.get(e.getKey()).checksum()));
        return edited;
    }

    /** The applied revisions whose checksum an older algorithm made, with the current checksum. */
    Map<String, String> outdatedChecksums(RevisionGraph graph, SqlDialect dialect) {
        return currentChecksums(graph, dialect, false);
    }

    private Map<String, String> currentChecksums(RevisionGraph graph, SqlDialect dialect, boolean comparable) {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (HistoryEntry entry : entries.values()) {
            if (entry.success() && Checksums.isComparable(entry.checksum()) == comparable) {
                checksums.put(entry.revision(), Checksums.of(dialect, graph.get(entry.revision())));
            }
        }
        return checksums;
    }

    /** Fails when an applied migration was edited after it ran. */
    void requireUnchanged(RevisionGraph graph, SqlDialect dialect) {
        Map<String, String> edited = editedSinceApplied(graph, dialect);
        if (!edited.isEmpty()) {
            String first = edited.keySet().iterator().next();
            throw new AutogenException(ErrorCode.CHECKSUM_MISMATCH, "The applied migration(s) "
                    + String.join(", ", edited.keySet()) + " (" + graph.get(first).origin()
                    + (edited.size() > 1 ? ", …" : "") + ") changed after they ran: what they do now differs from"
                    + " what " + history.name() + " recorded. Nothing was run. Revert the edit and put the change in a"
                    + " new revision, or, if the database already matches the edited migration, run"
                    + " 'autogen upgrade --repair' to accept it (or 'autogen stamp' to rewrite the history).");
        }
    }
}
