package dev.autogen.runtime.deploy;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The deploy-time command line of the runtime, for production: it applies the migrations compiled
 * into an application without Hibernate or a compiler.
 *
 * <pre>
 * java -jar runtime.jar upgrade --classpath app.jar --migrations-package com.example.migrations \
 *      --url jdbc:postgresql://db/app --user app
 * </pre>
 *
 * <p>{@code runtime.jar} is the runtime module's runnable jar; with the runtime already on the class
 * path, run this class directly instead.
 */
@Command(name = "autogen-runtime", mixinStandardHelpOptions = true, version = "autogen-runtime 0.1.0",
        description = "Apply autogen migrations compiled into an application.",
        exitCodeListHeading = "%nExit codes:%n")
public final class DeployMain implements Callable<Integer> {
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
        return CommandRunner.run(workingDirectory, environment, out, err, args, settings -> {
            CommandLine commandLine = new CommandLine(new DeployMain());
            DeployCommands.addTo(commandLine, () -> extension(settings, warning -> {
                err.println(TerminalStyle.of(commandLine).warning("warning:") + " " + warning);
                err.flush();
            }));
            return commandLine;
        });
    }

    private static CommandExtension extension(Settings settings, Consumer<String> warnings) {
        PackageOptions packageOptions = new PackageOptions();
        return new CommandExtension(packageOptions,
                connection -> new ClasspathEnvironment(connection, packageOptions, settings, warnings));
    }

    @Override
    public Integer call() {
        return ShortUsage.print(spec);
    }
}
