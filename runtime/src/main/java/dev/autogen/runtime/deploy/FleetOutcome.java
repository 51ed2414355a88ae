package dev.autogen.runtime.deploy;

/**
 * What a run over many schemas or databases did to one of them.
 *
 * @param target    the schema or masked URL
 * @param detail    what was done, such as {@code base → 20240101_000003, 3 revisions}; {@code null} on failure
 * @param error     the failure in one line, or {@code null}
 * @param elapsedMs how long it took
 */
record FleetOutcome(String target, String detail, String error, long elapsedMs) {
    /** Whether it failed. */
    boolean failed() {
        return error != null;
    }

    /** The report line, the name padded to {@code width}. */
    String line(int width) {
        String name = String.format("%-" + width + "s", target);
        return failed() ? name + "  FAILED (" + elapsedMs + " ms): " + error
                : name + "  " + detail + " (" + elapsedMs + " ms)";
    }
}
