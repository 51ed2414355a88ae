package dev.autogen.runtime.deploy;

import java.util.List;

/**
 * What {@link FleetWork} found on one target.
 *
 * @param detail  what it found in a few words, such as {@code clean at 20240101_000003}
 * @param pending the changes still to make, one line each, such as {@code check}'s pending
 *                operations; empty when none
 */
public record FleetResult(String detail, List<String> pending) {
    /** Copies the list. */
    public FleetResult {
        pending = List.copyOf(pending);
    }

    /** A target with nothing pending. */
    public static FleetResult done(String detail) {
        return new FleetResult(detail, List.of());
    }

    /** Whether changes are pending. */
    public boolean isPending() {
        return !pending.isEmpty();
    }
}
