package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.progress.ProgressSink;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Runs a command line the way every autogen entry point does: settings from the working directory,
 * defaults from the environment and {@code autogen.properties}, the exit-code list in the help, a
 * warning for a password written into the URL, and failures, errors such as a missing class included,
 * turned into messages and exit codes: a failure never exits with 1, which {@code check} keeps for
 * pending changes.
 */
public final class CommandRunner {
    private static final Pattern NUMBER = Pattern.compile("-\\d+");

    private CommandRunner() {
    }

    /**
     * Builds the command line for the settings, runs it with the arguments and returns the exit code;
     * never throws.
     */
    public static int run(Path workingDirectory, Map<String, String> environment, PrintWriter out, PrintWriter err,
                          String[] args, Function<Settings, CommandLine> build) {
        return run(workingDirectory, environment, out, err, args, UnaryOperator.identity(), build);
    }

    /**
     * As {@link #run(Path, Map, PrintWriter, PrintWriter, String[], Function)}, with the loaded
     * settings first extended by the host, for example with a {@link SettingsLayer}.
     */
    public static int run(Path workingDirectory, Map<String, String> environment, PrintWriter out, PrintWriter err,
                          String[] args, UnaryOperator<Settings> extend, Function<Settings, CommandLine> build) {
        Settings settings;
        try {
            settings = extend.apply(Settings.load(workingDirectory, environment));
        } catch (AutogenException e) {
            err.println(TerminalStyle.detect(environment).error("error:") + " " + e.getMessage());
            err.flush();
            return e.code().exitCode();
        }
        TerminalStyle style = TerminalStyle.detect(environment);
        ProgressSink previousProgress = CommandProgress.install(
                CommandProgress.decide(environment, err, TerminalStyle.isTerminal()));
        try {
            return run(environment, out, err, args, settings, build.apply(settings), style);
        } finally {
            CommandProgress.install(previousProgress);
        }
    }

    private static int run(Map<String, String> environment, PrintWriter out, PrintWriter err, String[] args,
                           Settings settings, CommandLine commandLine, TerminalStyle style) {
        commandLine.getCommandSpec().usageMessage()
                .exitCodeList(CommandLine.Model.UsageMessageSpec.keyValuesMap(ExitCodes.helpList()));
        SettingsDefaults defaults = new SettingsDefaults(settings);
        commandLine.setDefaultValueProvider(defaults);
        commandLine.setUsageHelpAutoWidth(true);
        WholeWordHelp.install(commandLine);
        commandLine.setColorScheme(style.colorScheme());
        commandLine.setOut(out);
        commandLine.setErr(err);
        ExitCodes.install(commandLine, environment, settings, style);
        commandLine.setParameterExceptionHandler(CommandRunner::usageError);
        commandLine.setExecutionStrategy(parseResult -> {
            UrlPasswordWarning.check(ExitCodes.leaf(parseResult), environment, err, style);
            if (!helpRequested(parseResult)) {
                defaults.failure().ifPresent(unreadable -> {
                    throw new CommandLine.ExecutionException(commandLine, unreadable.getMessage(), unreadable);
                });
            }
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (Error e) {
                throw new CommandLine.ExecutionException(commandLine, e.toString(), e);
            }
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static boolean helpRequested(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.isUsageHelpRequested() || result.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A usage error prints its reason and where the help is, not the whole help, so that the reason
     * is the last thing on the screen.
     */
    private static int usageError(CommandLine.ParameterException reported, String[] args) {
        CommandLine.ParameterException e = reported instanceof CommandLine.MissingParameterException
                ? unknownOptions(reported.getCommandLine(), args).orElse(reported) : reported;
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(TerminalStyle.of(failed).error("error:") + " " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return failed.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * The options in the arguments that neither the failed command nor a command above it knows:
     * picocli reports a missing required option before them, but a mistyped option is the problem
     * to name first ({@code revision --mesage x} is missing {@code --message} only because of it).
     */
    private static Optional<CommandLine.ParameterException> unknownOptions(CommandLine failed, String[] args) {
        List<String> unknown = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            String name = arg.split("=", 2)[0];
            if (name.startsWith("-") && name.length() > 1 && !NUMBER.matcher(name).matches() && !known(failed, name)) {
                unknown.add(arg);
            }
        }
        return unknown.isEmpty() ? Optional.empty() : Optional.of(new CommandLine.UnmatchedArgumentException(failed, unknown));
    }

    private static boolean known(CommandLine command, String name) {
        for (CommandLine.Model.CommandSpec spec = command.getCommandSpec(); spec != null; spec = spec.parent()) {
            if (spec.findOption(name) != null || !name.startsWith("--") && shortOptions(spec, name.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text is a cluster of the command's short options, such as {@code vq}, the last one possibly with its value. */
    private static boolean shortOptions(CommandLine.Model.CommandSpec spec, String cluster) {
        for (char c : cluster.toCharArray()) {
            CommandLine.Model.OptionSpec option = spec.posixOptionsMap().get(c);
            if (option == null) {
                return false;
            }
            if (option.arity().max() > 0) {
                return true;
            }
        }
        return true;
    }
}
