package dev.autogen.cli;

import dev.autogen.runtime.deploy.CommandExtension;
import dev.autogen.runtime.deploy.DeployCommand;
import dev.autogen.runtime.deploy.DeployCommands;
import dev.autogen.runtime.deploy.CommandRunner;
import dev.autogen.runtime.deploy.Settings;
import dev.autogen.cli.spring.SpringBootSettings;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
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
        return CommandRunner.run(workingDirectory, environment, out, err, args,
                settings -> withSpringBoot(settings, args, environment), Main::commandLine);
    }

    /** The {@code autogen} command line with every command, for the settings. */
    static CommandLine commandLine(Settings settings) {
        CommandLine commandLine = new CommandLine(new AutogenCommand(settings));
        DeployCommands.addTo(commandLine, () -> extension(settings));
        hideModelOptions(commandLine);
        return commandLine;
    }

    /**
     * The settings over Spring Boot's own, when the working directory is a Spring Boot project. The
     * profiles option is read before parsing, because the defaults of the other options depend on it.
     */
    private static Settings withSpringBoot(Settings settings, String[] args, Map<String, String> environment) {
        Map<String, String> systemProperties = new HashMap<>();
        System.getProperties().stringPropertyNames().forEach(name -> systemProperties.put(name, System.getProperty(name)));
        return SpringBootSettings.read(settings, optionValue(args, "--" + SpringBootSettings.PROFILES_OPTION),
                environment, systemProperties).map(settings::withLayer).orElse(settings);
    }

    /** The value of a long option in the arguments, as {@code --name=value} or {@code --name value}, or null. */
    static String optionValue(String[] args, String option) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].startsWith(option + "=")) {
                value = args[i].substring(option.length() + 1);
            } else if (args[i].equals(option) && i + 1 < args.length) {
                value = args[++i];
            }
        }
        return value;
    }

    /**
     * Hides, in the help of the deploy commands, the options that only the commands reading the
     * entities use; they are still accepted, so that a shared autogen.properties keeps working.
     */
    private static void hideModelOptions(CommandLine root) {
        for (CommandLine command : root.getSubcommands().values()) {
            if (!(command.getCommandSpec().userObject() instanceof DeployCommand)) {
                continue;
            }
            CommandLine.Model.CommandSpec spec = command.getCommandSpec();
            for (String name : GlobalOptions.MODEL_OPTIONS) {
                CommandLine.Model.OptionSpec option = spec.findOption(name);
                if (option != null && !option.hidden()) {
                    spec.remove(option);
                    spec.addOption(CommandLine.Model.OptionSpec.builder(option).hidden(true).build());
                }
            }
        }
    }

    private static CommandExtension extension(Settings settings) {
        GlobalOptions options = new GlobalOptions();
        return new CommandExtension(options, connection -> new CliEnvironment(new Project(connection, options, settings)));
    }
}
