package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import picocli.CommandLine;

import java.io.PrintWriter;
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

    /** The exit-code section of the usage help. */
    public static String[] helpList() {
        return new String[] {
            "0:success", "1:check found pending changes", "2:usage error",
            "3:configuration", "4:database unreachable", "5:authentication failed", "6:database missing",
            "7:database not at head", "8:entity model", "9:migration does not compile", "10:migration failed",
            "11:revision graph", "12:unknown target", "13:lock timeout", "14:checksum mismatch",
            "15:history mismatch", "16:migration cannot be loaded", "17:embedded database", "18:database error",
            "19:file I/O", "20:incomplete migration", "70:internal error"};
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
