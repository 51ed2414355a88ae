package dev.autogen.cli;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** The entry point of {@code autogen.jar}. */
public final class Main {
    private Main() {
    }

    /** Runs a command and exits with its code. */
    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        int code = run(Path.of("").toAbsolutePath(), System.getenv(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args);
        System.exit(code);
    }

    /**
     * Runs a command in a working directory with an environment, printing to the given writers.
     * Returns the exit code; never throws.
     */
    public static int run(Path workingDirectory, Map<String, String> environment, PrintWriter out, PrintWriter err,
                          String... args) {
        Settings settings;
        try {
            settings = Settings.load(workingDirectory, environment);
        } catch (AutogenException e) {
            err.println("error: " + e.getMessage());
            return e.code().exitCode();
        }
        CommandLine commandLine = new CommandLine(new AutogenCommand(settings));
        commandLine.setDefaultValueProvider(new SettingsDefaults(settings));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            boolean verbose = isVerbose(parseResult, environment);
            if (exception instanceof AutogenException failure) {
                err.println("error: " + failure.getMessage());
                if (verbose) {
                    failure.printStackTrace(err);
                }
                err.flush();
                return failure.code().exitCode();
            }
            err.println("error: unexpected " + exception + ". This is a bug in autogen; please report it with the"
                    + " output of --verbose.");
            if (verbose) {
                exception.printStackTrace(err);
            }
            err.flush();
            return ErrorCode.INTERNAL.exitCode();
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static boolean isVerbose(CommandLine.ParseResult parseResult, Map<String, String> environment) {
        CommandLine.ParseResult result = parseResult;
        while (result != null) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
            result = result.subcommand();
        }
        return "true".equalsIgnoreCase(environment.get("AUTOGEN_VERBOSE"));
    }
}
