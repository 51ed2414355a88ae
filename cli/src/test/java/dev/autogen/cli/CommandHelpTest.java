package dev.autogen.cli;

import dev.autogen.runtime.deploy.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The help and usage errors of every {@code autogen} command, found by walking picocli's command
 * tree, so that a command added later is checked too: {@code --help} shows the command's own
 * options and at least one example, with descriptions wrapped at spaces only; a usage error is a
 * few lines that name the problem, not the whole help; a bare {@code autogen} is a short usage with
 * exit 2.
 */
class CommandHelpTest {
    private static final int MOST_USAGE_ERROR_LINES = 4;

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(dir, Map.of(), new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Every command below the root, by its qualified name without the root, e.g. {@code [revision]}. */
    private Map<List<String>, CommandSpec> commands() {
        Map<List<String>, CommandSpec> commands = new LinkedHashMap<>();
        collect(Main.commandLine(Settings.load(dir, Map.of())), List.of(), commands);
        return commands;
    }

    private static void collect(CommandLine command, List<String> path, Map<List<String>, CommandSpec> commands) {
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().userObject() instanceof CommandLine.HelpCommand
                    || !sub.getCommandSpec().name().equals(name)) {
                return;
            }
            List<String> subPath = new ArrayList<>(path);
            subPath.add(name);
            commands.put(subPath, sub.getCommandSpec());
            collect(sub, subPath, commands);
        });
    }

    @Test
    void theTreeHoldsTheCommandsOfBothLayers() {
        Set<String> names = new TreeSet<>();
        commands().keySet().forEach(path -> names.add(String.join(" ", path)));
        assertTrue(names.containsAll(List.of("init", "revision", "check", "merge", "upgrade", "downgrade", "current",
                "history", "heads", "show", "stamp", "lint")), names.toString());
    }

    @Test
    void everyCommandsHelpShowsItsOwnOptionsAndAnExample() {
        List<String> problems = new ArrayList<>();
        commands().forEach((path, spec) -> {
            String name = String.join(" ", path);
            Run help = run(helpArgs(path));
            if (help.code() != 0 || !help.err().isEmpty()) {
                problems.add(name + ": --help exits " + help.code() + " with " + help.err());
                return;
            }
            if (!help.out().contains("Example")) {
                problems.add(name + ": no example in --help");
            }
            Set<String> shown = optionsShown(help.out());
            if (!shown.contains("--help")) {
                problems.add(name + ": no options read from its --help: " + shown);
            }
            Set<String> own = new HashSet<>();
            spec.options().stream().filter(o -> !o.hidden()).forEach(o -> own.addAll(Arrays.asList(o.names())));
            Set<String> foreign = new TreeSet<>(shown);
            foreign.removeAll(own);
            if (!foreign.isEmpty()) {
                problems.add(name + ": --help lists options that are not its own: " + foreign);
            }
            Set<String> hidden = new TreeSet<>();
            spec.options().stream().filter(OptionSpec::hidden).forEach(o -> hidden.addAll(Arrays.asList(o.names())));
            hidden.retainAll(shown);
            if (!hidden.isEmpty()) {
                problems.add(name + ": --help lists hidden options " + hidden);
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCommandsHelpKeepsTheWordsOfItsDescriptionsWhole() {
        List<String> problems = new ArrayList<>();
        commands().forEach((path, spec) -> {
            Set<String> tokens = new HashSet<>(Arrays.asList(run(helpArgs(path)).out().split("\\s+")));
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                if (arg.hidden()) {
                    continue;
                }
                for (String line : arg.description()) {
                    for (String word : line.split("\\s+")) {
                        if (!word.isEmpty() && !word.contains("$") && !word.contains("%") && !word.contains("@|")
                                && !tokens.contains(word)) {
                            problems.add(String.join(" ", path) + ": '" + word + "' of " + Arrays.toString(arg.description()).substring(0, Math.min(60, Arrays.toString(arg.description()).length())) + "…");
                        }
                    }
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void aUsageErrorOfEveryCommandIsAFewLinesNamingTheProblem() {
        List<String> problems = new ArrayList<>();
        commands().forEach((path, spec) -> {
            List<String> args = new ArrayList<>(path);
            args.add("--no-such-option");
            Run run = run(args.toArray(String[]::new));
            List<String> lines = run.err().lines().toList();
            String name = String.join(" ", path);
            if (run.code() != 2) {
                problems.add(name + ": a usage error exits " + run.code());
            }
            if (lines.isEmpty() || lines.size() > MOST_USAGE_ERROR_LINES || !run.err().contains("--no-such-option")
                    || run.err().contains("Usage:") || !run.out().isEmpty()) {
                problems.add(name + ": usage error printed " + lines.size() + " lines: " + run.err() + run.out());
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void aBareAutogenIsAShortUsageWithExitTwo() {
        Run bare = run();

        assertEquals(2, bare.code(), bare.toString());
        assertEquals("", bare.out());
        assertTrue(bare.err().startsWith("Usage: autogen COMMAND [OPTIONS]"), bare.err());
        assertTrue(bare.err().lines().count() < 30, bare.err());
        assertTrue(bare.err().contains("Run 'autogen COMMAND --help'"), bare.err());
        assertFalse(bare.err().contains("Exit codes:"), bare.err());
    }

    private static String[] helpArgs(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        return args.toArray(String[]::new);
    }

    /** The option names at the start of the help's option rows (after the indent), e.g. {@code --url}. */
    private static Set<String> optionsShown(String help) {
        Set<String> shown = new TreeSet<>();
        for (String line : help.lines().toList()) {
            String row = line.stripLeading();
            if (line.length() - row.length() > 6 || !row.startsWith("-")) {
                continue;
            }
            for (String part : row.split("\\s{2,}")[0].split(",\\s*")) {
                String option = part.split("[=\\s\\[]")[0];
                if (option.startsWith("-") && option.length() > 1) {
                    shown.add(option);
                }
            }
        }
        return shown;
    }
}
