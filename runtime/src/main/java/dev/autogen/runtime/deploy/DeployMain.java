package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The deploy-time command line of the runtime, for production: it applies the migrations compiled
 * into an application without Hibernate or a compiler.
 *
 * <pre>
 * java -cp app.jar:autogen-runtime.jar:picocli.jar:postgresql.jar dev.autogen.runtime.deploy.DeployMain \
 *      upgrade --url jdbc:postgresql://db/app --user app --migrations-package com.example.migrations
 * </pre>
 */
@Command(name = "autogen-runtime", mixinStandardHelpOptions = true, version = "autogen-runtime 0.1.0",
        description = "Apply autogen migrations compiled into an application.",
        exitCodeListHeading = "%nExit codes:%n")
public final class DeployMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs a command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(Path.of("").toAbsolutePath(), System.getenv(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args));
    }

    /** Runs a command in a working directory with an environment; returns the exit code and never throws. */
    public static int run(Path workingDirectory, Map<String, String> environment, PrintWriter out, PrintWriter err,
                          String... args) {
        Settings settings;
        try {
            settings = Settings.load(workingDirectory, environment);
        } catch (AutogenException e) {
            err.println("error: " + e.getMessage());
            return e.code().exitCode();
        }
        CommandLine commandLine = new CommandLine(new DeployMain());
        commandLine.getCommandSpec().usageMessage().exitCodeList(CommandLine.Model.UsageMessageSpec.keyValuesMap(ExitCodes.helpList()));
        DeployCommands.addTo(commandLine, () -> {
            PackageOptions packageOptions = new PackageOptions();
            return new CommandExtension() {
                @Override
                public Object options() {
                    return packageOptions;
                }

                @Override
                public DeployEnvironment environment(ConnectionOptions connection) {
                    return new ClasspathEnvironment(connection, packageOptions, settings);
                }
            };
        });
        commandLine.setDefaultValueProvider(new SettingsDefaults(settings));
        commandLine.setOut(out);
        commandLine.setErr(err);
        ExitCodes.install(commandLine, environment);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
