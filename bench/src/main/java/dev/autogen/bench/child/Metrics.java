package dev.autogen.bench.child;

/** How a child JVM reports what it measured: one {@code metric NAME MILLIS} line per figure on stdout. */
public final class Metrics {
    private Metrics() {
    }

    /** Prints one figure in milliseconds. */
    public static void report(String name, double millis) {
        System.out.printf(java.util.Locale.ROOT, "metric %s %.3f%n", name, millis);
        System.out.flush();
    }

    /** Milliseconds since a {@link System#nanoTime()} reading. */
    public static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    /** Runs a step and reports its time. */
    public static <T> T time(String name, ThrowingSupplier<T> step) throws Exception {
        long started = System.nanoTime();
        T result = step.get();
        report(name, since(started));
        return result;
    }

    /** A step that may throw. */
    @FunctionalInterface
    public interface ThrowingSupplier<T> {
        /** Runs the step. */
        T get() throws Exception;
    }
}
