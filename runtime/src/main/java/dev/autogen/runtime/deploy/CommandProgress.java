package dev.autogen.runtime.deploy;

import dev.autogen.runtime.progress.ProgressDisplay;
import dev.autogen.runtime.progress.ProgressSink;
import dev.autogen.runtime.progress.ProgressSinks;
import dev.autogen.runtime.progress.ThresholdProgress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The progress of the command running now, on standard error: one line rewritten in place on a
 * terminal, plain lines elsewhere (a CI log), each only for work past about two seconds.
 * {@code AUTOGEN_PROGRESS=auto|terminal|plain|never} overrides the choice.
 */
public final class CommandProgress {
    /** The variable that chooses the progress display: {@code auto}, {@code terminal}, {@code plain} or {@code never}. */
    public static final String PROGRESS_VARIABLE = "AUTOGEN_PROGRESS";
    private static final int DEFAULT_WIDTH = 80;
    private static final Set<String> NEVER = Set.of("never", "off", "false", "0");
    private static final ThreadLocal<String> TARGET = new ThreadLocal<>();
    private static volatile ProgressSink current = ProgressSink.silent();

    private CommandProgress() {
    }

    /** The sink for an environment, where {@code terminal} says whether standard error is a terminal. */
    public static ProgressSink decide(Map<String, String> environment, PrintWriter err, boolean terminal) {
        Duration repeat = inPlace(environment, terminal) ? ProgressSinks.TERMINAL_REPEAT : ProgressSinks.PLAIN_REPEAT;
        return display(environment, err, terminal).<ProgressSink>map(display -> ThresholdProgress.ticking(display, repeat))
                .orElse(ProgressSink.silent());
    }

    /**
     * The display for an environment: a terminal line, its text dimmed when colour is on, when standard
     * error is a terminal; plain lines otherwise; none with {@code AUTOGEN_PROGRESS=never}.
     */
    static Optional<ProgressDisplay> display(Map<String, String> environment, PrintWriter err, boolean terminal) {
        if (NEVER.contains(mode(environment))) {
            return Optional.empty();
        }
        if (!inPlace(environment, terminal)) {
            return Optional.of(ProgressSinks.plainLines(err));
        }
        TerminalStyle style = TerminalStyle.decide(environment, true);
        return Optional.of(ProgressSinks.terminalLine(err, width(environment), style::dim));
    }

    private static boolean inPlace(Map<String, String> environment, boolean terminal) {
        String mode = mode(environment);
        return mode.equals("terminal") || (!mode.equals("plain") && terminal);
    }

    private static String mode(Map<String, String> environment) {
        return environment.getOrDefault(PROGRESS_VARIABLE, "auto").trim().toLowerCase(Locale.ROOT);
    }

    private static int width(Map<String, String> environment) {
        try {
            return Integer.parseInt(environment.getOrDefault("COLUMNS", "").trim());
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /**
     * The sink of the command running now, silent outside a command; on a thread working on one
     * target of a run over many ({@link #forTarget}), its labels start with that target.
     */
    public static ProgressSink current() {
        String target = TARGET.get();
        return target == null ? current : current.labelled(target + ": ");
    }

    /** Runs work for one schema or database of a run over many, its progress labelled with the target's name. */
    static <T> T forTarget(String name, Supplier<T> work) {
        String previous = TARGET.get();
        TARGET.set(name);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                TARGET.remove();
            } else {
                TARGET.set(previous);
            }
        }
    }

    /** Makes the sink that of the command running now; returns the previous one to restore. */
    public static ProgressSink install(ProgressSink sink) {
        ProgressSink previous = current;
        current = sink;
        return previous;
    }
}
