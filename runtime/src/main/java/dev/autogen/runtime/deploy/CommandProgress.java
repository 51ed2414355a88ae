package dev.autogen.runtime.deploy;

import dev.autogen.runtime.progress.ProgressSink;
import dev.autogen.runtime.progress.ProgressSinks;
import dev.autogen.runtime.progress.ThresholdProgress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The progress of the command running now, on standard error: one line rewritten in place on a
 * terminal, plain lines elsewhere (a CI log), each only for work past about two seconds.
 * {@code AUTOGEN_PROGRESS=auto|terminal|plain|never} overrides the choice.
 */
public final class CommandProgress {
    /** The variable that chooses the progress display: {@code auto}, {@code terminal}, {@code plain} or {@code never}. */
    public static final String PROGRESS_VARIABLE = "AUTOGEN_PROGRESS";
    private static final int DEFAULT_WIDTH = 80;
    private static volatile ProgressSink current = ProgressSink.silent();

    private CommandProgress() {
    }

    /** The sink for an environment, where {@code terminal} says whether standard error is a terminal. */
    public static ProgressSink decide(Map<String, String> environment, PrintWriter err, boolean terminal) {
        String mode = environment.getOrDefault(PROGRESS_VARIABLE, "auto").trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "never", "off", "false", "0" -> ProgressSink.silent();
            case "plain" -> ThresholdProgress.ticking(ProgressSinks.plainLines(err), ProgressSinks.PLAIN_REPEAT);
            case "terminal" -> terminal(environment, err);
            default -> terminal ? terminal(environment, err)
                    : ThresholdProgress.ticking(ProgressSinks.plainLines(err), ProgressSinks.PLAIN_REPEAT);
        };
    }

    private static ProgressSink terminal(Map<String, String> environment, PrintWriter err) {
        TerminalStyle style = TerminalStyle.decide(environment, true);
        return ThresholdProgress.ticking(ProgressSinks.terminalLine(err, width(environment), style::dim),
                ProgressSinks.TERMINAL_REPEAT);
    }

    private static int width(Map<String, String> environment) {
        try {
            return Integer.parseInt(environment.getOrDefault("COLUMNS", "").trim());
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** The sink of the command running now; silent outside a command. */
    public static ProgressSink current() {
        return current;
    }

    /** Makes the sink that of the command running now; returns the previous one to restore. */
    public static ProgressSink install(ProgressSink sink) {
        ProgressSink previous = current;
        current = sink;
        return previous;
    }
}
