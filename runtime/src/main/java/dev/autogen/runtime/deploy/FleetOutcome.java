package dev.autogen.runtime.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run over many schemas or databases did to one of them.
 *
 * @param target    the schema or masked URL
 * @param detail    what was done, such as {@code base → 20240101_000003, 3 revisions}; {@code null} on failure
 * @param error     the failure in one line, or {@code null}
 * @param elapsedMs how long it took
 * @param pending   the changes still to make there, one line each (for {@code check}); empty when none
 */
record FleetOutcome(String target, String detail, String error, long elapsedMs, List<String> pending) {
    /** An outcome with nothing pending. */
    FleetOutcome(String target, String detail, String error, long elapsedMs) {
        this(target, detail, error, elapsedMs, List.of());
    }

    /** Whether it failed. */
    boolean failed() {
        return error != null;
    }

    /** Whether it succeeded with changes still pending. */
    boolean isPending() {
        return !failed() && !pending.isEmpty();
    }

    /** The report line, the name padded to {@code width}. */
    String line(int width) {
        String name = String.format("%-" + width + "s", target);
        return failed() ? name + "  FAILED (" + elapsedMs + " ms): " + error
                : name + "  " + detail + " (" + elapsedMs + " ms)";
    }

    /** The report line and, indented under it, the pending changes. */
    List<String> lines(int width) {
        List<String> lines = new ArrayList<>();
        lines.add(line(width));
        if (isPending()) {
            pending.forEach(change -> lines.add(" ".repeat(width + 4) + change));
        }
        return lines;
    }
}
