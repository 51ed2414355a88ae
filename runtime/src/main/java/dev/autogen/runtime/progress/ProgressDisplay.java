package dev.autogen.runtime.progress;

import java.time.Duration;
import java.util.List;

/** How a {@link ThresholdProgress} shows its tasks: a terminal line, plain lines, or a log. */
public interface ProgressDisplay {
    /** Shows the tasks due to show now, oldest first; never empty. */
    void running(List<Line> tasks);

    /** Ends a task that was shown. */
    void finished(Line task);

    /**
     * A task as shown.
     *
     * @param label   what it does
     * @param elapsed how long it has run
     */
    record Line(String label, Duration elapsed) {
        /** {@code label (12 s)}. */
        public String text() {
            return label + " (" + seconds(elapsed) + ")";
        }

        /** The elapsed time for people: {@code 12 s}, {@code 3 min 5 s}. */
        public static String seconds(Duration elapsed) {
            long seconds = elapsed.toSeconds();
            return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
        }
    }
}
