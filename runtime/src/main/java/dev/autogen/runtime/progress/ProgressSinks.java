package dev.autogen.runtime.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** The sinks the command line and applications use. */
public final class ProgressSinks {
    /** How often a terminal line is redrawn. */
    public static final Duration TERMINAL_REPEAT = Duration.ZERO;
    /** How often a plain line repeats while its task runs. */
    public static final Duration PLAIN_REPEAT = Duration.ofSeconds(15);
    /** How often a logged task is logged again while it runs. */
    public static final Duration LOG_REPEAT = Duration.ofSeconds(30);

    static final ProgressSink LOGGING = ThresholdProgress.ticking(new LoggedLines(), LOG_REPEAT);

    private ProgressSinks() {
    }

    /**
     * One line on a terminal rewritten in place, at most {@code width} columns, its text passed through
     * {@code style} (for example dimmed, or unchanged without colour).
     */
    public static ProgressDisplay terminalLine(PrintWriter err, int width, UnaryOperator<String> style) {
        return new TerminalLine(err, width, style);
    }

    /** Plain lines for a log: no carriage return and no colour. */
    public static ProgressDisplay plainLines(PrintWriter err) {
        return new PlainLines(err);
    }
}
