package dev.autogen.bench.child;

/** Does nothing: its wall time is the JVM's own start and exit, the baseline of every other figure. */
public final class EmptyMain {
    private EmptyMain() {
    }

    /** Returns at once. */
    public static void main(String[] args) {
        Metrics.report("nothing", 0);
    }
}
