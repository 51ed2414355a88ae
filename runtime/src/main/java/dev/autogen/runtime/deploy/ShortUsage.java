package dev.autogen.runtime.deploy;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a command with subcommands prints when it is run without one: its synopsis, each command on
 * one line, and where the full help is; a usage error, so it exits with 2.
 */
public final class ShortUsage {
    private static final int WIDTH = 80;

    private ShortUsage() {
    }

    /** Prints the short usage of the command to its error stream and returns the usage-error exit code. */
    public static int print(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        lines(spec).forEach(err::println);
        err.flush();
        return spec.exitCodeOnInvalidInput();
    }

    /** The lines of the short usage. */
    public static List<String> lines(CommandSpec spec) {
        String name = spec.qualifiedName();
        List<String> lines = new ArrayList<>();
        lines.add("Usage: " + name + " COMMAND [OPTIONS]");
        lines.add("");
        lines.add("Commands:");
        int width = spec.subcommands().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, CommandLine> command : spec.subcommands().entrySet()) {
            CommandLine.Model.UsageMessageSpec usage = command.getValue().getCommandSpec().usageMessage();
            String[] description = usage.header().length > 0 ? usage.header() : usage.description();
            String summary = description.length == 0 ? "" : firstSentence(description[0].replace("%n", "").strip());
            String indent = " ".repeat(width + 4);
            List<String> wrapped = WholeWordHelp.wrap(summary, WIDTH - indent.length());
            lines.add(("  " + command.getKey() + " ".repeat(width - command.getKey().length() + 2) + wrapped.get(0))
                    .stripTrailing());
            wrapped.subList(1, wrapped.size()).forEach(line -> lines.add(indent + line));
        }
        lines.add("");
        lines.add("Run '" + name + " COMMAND --help' for a command's options and examples.");
        return lines;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
