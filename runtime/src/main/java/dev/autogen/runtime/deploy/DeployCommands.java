package dev.autogen.runtime.deploy;

import picocli.CommandLine;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Registers the deploy-time commands on a command line, each with its own extension instance. */
public final class DeployCommands {
    private static final List<Function<CommandExtension, DeployCommand>> COMMANDS = List.of(
            UpgradeCommand::new, DowngradeCommand::new, CurrentCommand::new, HistoryCommand::new,
            HeadsCommand::new, ShowCommand::new, StampCommand::new, LintCommand::new);

    private DeployCommands() {
    }

    /** Adds every deploy-time command to the root command line. */
    public static void addTo(CommandLine root, Supplier<CommandExtension> extensions) {
        for (Function<CommandExtension, DeployCommand> constructor : COMMANDS) {
            CommandExtension extension = extensions.get();
            CommandLine command = new CommandLine(constructor.apply(extension));
            command.addMixin("extension", extension.options());
            root.addSubcommand(command);
        }
    }
}
