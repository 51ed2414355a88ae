package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns failures into one-paragraph messages and distinct exit codes: an {@link AutogenException}
 * exits with its code's number, anything else is reported as a bug. Stack traces only with
 * {@code --verbose} or {@code AUTOGEN_VERBOSE=true}.
 */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** Installs the handler on a command line. */
    public static void install(CommandLine commandLine, Map<String, String> environment) {
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean verbose = isVerbose(parseResult, environment);
            int code;
            if (exception instanceof AutogenException failure) {
                err.println("error: " + failure.getMessage());
                code = failure.code().exitCode();
            } else {
                err.println("error: unexpected " + exception + ". This is a bug in autogen; please report it with the"
                        + " output of --verbose.");
                code = ErrorCode.INTERNAL.exitCode();
            }
            if (verbose) {
                exception.printStackTrace(err);
            }
            err.flush();
            return code;
        });
    }

    /** The exit-code section of the usage help: the command line's own codes, then one per {@link ErrorCode}. */
    public static String[] helpList() {
        List<String> entries = new ArrayList<>(List.of("0:success", "1:check found pending changes", "2:usage error"));
        for (ErrorCode code : ErrorCode.values()) {
            entries.add(code.exitCode() + ":" + code.label());
        }
        return entries.toArray(String[]::new);
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
