package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.SecretMask;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns failures into one-paragraph messages and distinct exit codes: an {@link AutogenException}
 * exits with its code's number, anything else is reported as a bug. Stack traces only with
 * {@code --verbose} or {@code AUTOGEN_VERBOSE=true}. Every password the run knows of, and every
 * password written into a URL, is masked in what is printed.
 */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** Installs the handler on a command line, in the style of its colour scheme. */
    public static void install(CommandLine commandLine, Map<String, String> environment, Settings settings) {
        install(commandLine, environment, settings, TerminalStyle.of(commandLine));
    }

    /** Installs the handler on a command line; its messages are in the given style. */
    public static void install(CommandLine commandLine, Map<String, String> environment, Settings settings,
                               TerminalStyle style) {
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            SecretMask mask = mask(parseResult, environment, settings);
            Throwable failure = exception instanceof CommandLine.ExecutionException && exception.getCause() != null
                    ? exception.getCause() : exception;
            int code;
            if (failure instanceof AutogenException known) {
                err.println(style.error("error:") + " " + mask.apply(known.getMessage()));
                code = known.code().exitCode();
            } else if (failure instanceof LinkageError missing) {
                err.println(style.error("error:") + " a class cannot be loaded: " + mask.apply(missing.toString()) + ". Check that"
                        + " --classpath holds every library the entities and migrations use; if it does, this is a"
                        + " bug in autogen: please report it with the output of --verbose.");
                code = ErrorCode.INTERNAL.exitCode();
            } else {
                err.println(style.error("error:") + " unexpected " + mask.apply(failure.toString()) + ". This is a bug in autogen;"
                        + " please report it with the output of --verbose.");
                code = ErrorCode.INTERNAL.exitCode();
            }
            if (isVerbose(parseResult, environment)) {
                StringWriter trace = new StringWriter();
                failure.printStackTrace(new PrintWriter(trace));
                err.print(mask.apply(trace.toString()));
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

    /** Masks the passwords of the environment variable {@code --password-env} names and of the properties file. */
    private static SecretMask mask(CommandLine.ParseResult parseResult, Map<String, String> environment,
                                   Settings settings) {
        CommandLine.Model.OptionSpec passwordEnv = leaf(parseResult).commandSpec().findOption("--password-env");
        String variable = passwordEnv == null || passwordEnv.getValue() == null ? "AUTOGEN_PASSWORD"
                : passwordEnv.getValue().toString();
        return SecretMask.of(environment.get(variable), environment.get("AUTOGEN_PASSWORD"), settings.filePassword(),
                layerPassword(settings));
    }

    private static String layerPassword(Settings settings) {
        try {
            return settings.layer().password();
        } catch (AutogenException unreadable) {
            return null;
        }
    }

    /** The parse result of the subcommand that runs. */
    static CommandLine.ParseResult leaf(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult result = parseResult;
        while (result.subcommand() != null) {
            result = result.subcommand();
        }
        return result;
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
