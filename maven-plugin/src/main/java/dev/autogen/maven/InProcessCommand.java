package dev.autogen.maven;

import dev.autogen.cli.Main;
import dev.autogen.runtime.SecretMask;
import org.apache.maven.plugin.logging.Log;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one autogen command in this JVM, with a project's base directory as the working directory,
 * and sends what it prints to the Maven log as it comes: standard output as info (unless the goal
 * handles it itself), warnings as warnings. Error messages are kept for the build failure instead
 * of being logged, so each is shown once. With {@code -X} the command line itself is logged, any
 * password written into the URL masked.
 */
final class InProcessCommand {
    private static final String ERROR_PREFIX = "error: ";
    private static final String WARNING_PREFIX = "warning: ";
    private static final String PROGRESS_PREFIX = "… ";

    private final Log log;
    private final boolean logsOutput;

    /** A runner that logs the command's standard output as it comes, or only keeps it. */
    InProcessCommand(Log log, boolean logsOutput) {
        this.log = log;
        this.logsOutput = logsOutput;
    }

    CommandResult run(Path workingDirectory, Map<String, String> environment, String[] arguments) {
        if (log.isDebugEnabled()) {
            log.debug(SecretMask.patternsOnly().apply("autogen " + String.join(" ", arguments))
                    + " (in " + workingDirectory + ")");
        }
        List<String> output = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int code;
        try (PrintWriter out = new PrintWriter(new LineWriter(line -> {
                 output.add(line);
                 if (logsOutput) {
                     log.info(line);
                 }
             }), true);
             PrintWriter err = new PrintWriter(new LineWriter(line -> {
                 if (line.startsWith(ERROR_PREFIX)) {
                     errors.add(line.substring(ERROR_PREFIX.length()));
                 } else if (!errors.isEmpty()) {
                     errors.add(line);
                 } else if (line.startsWith(PROGRESS_PREFIX)) {
                     log.info(line.substring(PROGRESS_PREFIX.length()));
                 } else {
                     log.warn(warningText(line));
                 }
             }), true)) {
            QuietLogging.apply();
            code = Main.run(workingDirectory, environment, out, err, arguments);
        }
        return new CommandResult(code, output, errors);
    }

    /** A warning line without the command line's own {@code WARNING:} prefix, which Maven's log already gives. */
    static String warningText(String line) {
        return line.regionMatches(true, 0, WARNING_PREFIX, 0, WARNING_PREFIX.length())
                ? line.substring(WARNING_PREFIX.length()) : line;
    }
}
