package dev.autogen.bench;

import java.util.Map;

/**
 * One run of a child JVM.
 *
 * @param wallMs  wall time from process start to exit, JVM start included
 * @param peakKb  peak resident set size in kB ({@code VmHWM}), or -1 when unknown
 * @param metrics the figures the child printed, in milliseconds unless named otherwise
 * @param exit    the exit code
 * @param output  what it printed, for errors
 * @param timedOut whether it was stopped at the time limit
 */
record Measurement(double wallMs, long peakKb, Map<String, Double> metrics, int exit, String output,
                   boolean timedOut) {
    /** A figure the child printed, or the wall time for {@code "wall"}. */
    double get(String metric) {
        if (metric.equals("wall")) {
            return wallMs;
        }
        Double value = metrics.get(metric);
        if (value == null) {
            throw new IllegalStateException("no metric " + metric + " in " + metrics + "; output:\n" + output);
        }
        return value;
    }
}
