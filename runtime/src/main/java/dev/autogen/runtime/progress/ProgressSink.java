package dev.autogen.runtime.progress;

import java.time.Duration;

/**
 * Where progress of long work goes. {@link #silent()} shows nothing, {@link #logging()} logs at INFO
 * through SLF4J (the default of an embedded {@code Migrator}), and the command line shows a terminal
 * line or plain log lines ({@link ProgressSinks}, over a {@link ThresholdProgress}).
 */
@FunctionalInterface
public interface ProgressSink {
    /** How long work runs before any progress of it shows. */
    Duration THRESHOLD = Duration.ofSeconds(2);

    /** Begins a task labelled with what it does, such as the statement running. */
    ProgressTask begin(String label);

    /** This sink with every label starting with {@code prefix}, such as {@code shadow database: }. */
    default ProgressSink labelled(String prefix) {
        ProgressSink base = this;
        return label -> {
            ProgressTask task = base.begin(prefix + label);
            return new ProgressTask() {
                @Override
                public void update(String next) {
                    task.update(prefix + next);
                }

                @Override
                public void close() {
                    task.close();
                }
            };
        };
    }

    /** A sink that shows nothing. */
    static ProgressSink silent() {
        return label -> ProgressTask.NONE;
    }

    /**
     * A sink that logs at INFO, through SLF4J, a task that runs past {@link #THRESHOLD}, again every
     * 30 seconds while it runs, and when it ends.
     */
    static ProgressSink logging() {
        return ProgressSinks.LOGGING;
    }
}
