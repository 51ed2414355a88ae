package dev.autogen.cli;

import dev.autogen.runtime.deploy.CommandExtension;
import dev.autogen.runtime.deploy.DeployCommands;
import dev.autogen.runtime.deploy.CommandRunner;
import dev.autogen.runtime.deploy.Settings;
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
        return CommandRunner.run(workingDirectory, environment, out, err, args, settings -> {
            CommandLine commandLine = new CommandLine(new AutogenCommand(settings));
            DeployCommands.addTo(commandLine, () -> extension(settings));
            return commandLine;
        });
    }

    private static CommandExtension extension(Settings settings) {
        GlobalOptions options = new GlobalOptions();
        return new CommandExtension(options, connection -> new CliEnvironment(new Project(connection, options, settings)));
    }
}
