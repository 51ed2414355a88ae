package dev.autogen.runtime;

import dev.autogen.runtime.dialect.LockWaits;

import java.time.Duration;
import java.util.List;

/**
 * A statement of a migration that waited longer than the lock timeout, on every attempt.
 *
 * @param statement the statement's SQL
 * @param index     its position among the migration's statements, 0-based
 * @param attempts  how many times the transaction ran (the first run and the retries)
 * @param timeout   the lock timeout each attempt had
 * @param relation  the table (or index) it waited for, as the server names it, or {@code null} when not seen
 * @param blockers  the sessions that held the lock, as last seen while it waited; empty when not seen
 * @param waits     how the dialect bounds lock waits, which names its timeout and its blockers in messages
 */
record LockContention(String statement, int index, int attempts, Duration timeout, String relation,
                      List<BlockingSession> blockers, LockWaits waits) {
    /** Copies the list. */
    LockContention {
        blockers = List.copyOf(blockers);
    }

    /** The relation for a message: quoted as the server names it, or said to be unknown. */
    String relationShown() {
        return relation == null ? "a table (or a row) of this statement" : "table " + relation;
    }

    /** The blockers for a message, one per line, or what to query when they were not seen. */
    String blockersShown() {
        if (blockers.isEmpty()) {
            return "The sessions holding the lock were not seen" + waits.blockersHint()
                    .map(query -> " (they can be found with " + query + " while a migration waits)").orElse("") + ".";
        }
        StringBuilder shown = new StringBuilder(blockers.size() == 1 ? "Blocking session:" : "Blocking sessions:");
        for (BlockingSession blocker : blockers) {
            shown.append("\n  ").append(blocker.describe());
        }
        return shown.toString();
    }
}
