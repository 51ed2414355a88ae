package dev.autogen.cli;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.deploy.CommandExtension;
import dev.autogen.runtime.deploy.ConnectionOptions;
import dev.autogen.runtime.deploy.DeployCommands;
import dev.autogen.runtime.deploy.DeployEnvironment;
import dev.autogen.runtime.deploy.ExitCodes;
import dev.autogen.runtime.deploy.Settings;
import dev.autogen.runtime.deploy.SettingsDefaults;
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
        commandLine.getCommandSpec().usageMessage()
                .exitCodeList(CommandLine.Model.UsageMessageSpec.keyValuesMap(ExitCodes.helpList()));
        DeployCommands.addTo(commandLine, () -> extension(settings));
        commandLine.setDefaultValueProvider(new SettingsDefaults(settings));
        commandLine.setOut(out);
        commandLine.setErr(err);
        ExitCodes.install(commandLine, environment);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static CommandExtension extension(Settings settings) {
        GlobalOptions options = new GlobalOptions();
        return new CommandExtension() {
            @Override
            public Object options() {
                return options;
            }

            @Override
            public DeployEnvironment environment(ConnectionOptions connection) {
                return new CliEnvironment(new Project(connection, options, settings));
            }
        };
    }
}
