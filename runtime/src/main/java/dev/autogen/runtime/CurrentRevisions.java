package dev.autogen.runtime;

import java.util.List;

/**
 * Where the database is: the applied heads, and the revisions recorded as incomplete, which a
 * migration outside a transaction left half-done (or is running now).
 *
 * @param heads      the revisions applied completely that no other of them descends from, in graph order
 * @param incomplete the revisions recorded as incomplete, in the order the history lists them
 */
public record CurrentRevisions(List<String> heads, List<String> incomplete) {
    /** Copies both lists. */
    public CurrentRevisions {
        heads = List.copyOf(heads);
        incomplete = List.copyOf(incomplete);
    }
}
