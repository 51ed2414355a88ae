package dev.autogen.runtime.deploy;

import picocli.CommandLine;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the command line colours its output, and the colouring itself. Colour is on when the
 * output is a terminal, off when it is not or when {@code NO_COLOR} is set to any non-empty value
 * (no-color.org); {@code AUTOGEN_COLOR=always|never|auto} overrides the detection, for example to
 * keep colour through a pager.
 *
 * <p>A style is a value, decided once per run by {@link CommandRunner} and carried by the run's
 * command line as its colour scheme: a command asks {@link #of(CommandLine)}, so two runs in one
 * process (tests, the Maven plugin) never see each other's style.
 *
 * @param colour whether the texts get ANSI escapes
 */
public record TerminalStyle(boolean colour) {
    /** The variable that forces colour on or off: {@code always}, {@code never} or {@code auto}. */
    public static final String COLOR_VARIABLE = "AUTOGEN_COLOR";
    /** No colour at all. */
    public static final TerminalStyle PLAIN = new TerminalStyle(false);

    private static final String RESET = "\u001B[0m";

    /** The style for an environment, where {@code terminal} says whether the output is a terminal. */
    public static TerminalStyle decide(Map<String, String> environment, boolean terminal) {
        String mode = environment.getOrDefault(COLOR_VARIABLE, "auto").trim().toLowerCase(Locale.ROOT);
        if (mode.equals("always")) {
            return new TerminalStyle(true);
        }
        if (mode.equals("never")) {
            return PLAIN;
        }
        String noColor = environment.get("NO_COLOR");
        return new TerminalStyle(terminal && (noColor == null || noColor.isEmpty()));
    }

    /** The style for an environment, with this process's console deciding whether it is a terminal. */
    public static TerminalStyle detect(Map<String, String> environment) {
        return decide(environment, isTerminal());
    }

    /**
     * Whether this process writes to a terminal: a console exists and, on JDK 22+, where a console
     * exists even when the streams are redirected, it says it is a terminal.
     */
    public static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** The style of a command line's run: colour when its colour scheme has ANSI on. */
    public static TerminalStyle of(CommandLine commandLine) {
        return commandLine.getColorScheme().ansi().enabled() ? new TerminalStyle(true) : PLAIN;
    }

    /**
     * Always {@link #PLAIN}: the style is no longer global state.
     *
     * @deprecated ask the command's own style, {@link #of(CommandLine)} (in a command, {@code style()})
     */
    @Deprecated(forRemoval = true)
    public static TerminalStyle current() {
        return PLAIN;
    }

    /** The colour scheme of picocli's help and usage messages in this style. */
    public CommandLine.Help.ColorScheme colorScheme() {
        return CommandLine.Help.defaultColorScheme(colour ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF);
    }

    /** A warning's text, in yellow. */
    public String warning(String text) {
        return paint("33", text);
    }

    /** An error's text, in bold red. */
    public String error(String text) {
        return paint("1;31", text);
    }

    /** A review note's text, in magenta. */
    public String review(String text) {
        return paint("35", text);
    }

    /** The kind of an operation in a summary (create, drop, alter…), in cyan; drops in red. */
    public String kind(String text) {
        return paint(text.startsWith("drop") ? "31" : text.startsWith("create") || text.startsWith("add") ? "32" : "36", text);
    }

    /** Secondary text such as progress, dimmed. */
    public String dim(String text) {
        return paint("2", text);
    }

    private String paint(String code, String text) {
        return colour && !text.isEmpty() ? "\u001B[" + code + "m" + text + RESET : text;
    }
}
