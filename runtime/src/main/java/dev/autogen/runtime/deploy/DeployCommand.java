package dev.autogen.runtime.deploy;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Base of the deploy-time commands: the connection options, the host's extension and the output. */
public abstract class DeployCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ConnectionOptions connection;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CommandExtension extension;

    /** A command whose environment the extension provides. */
    protected DeployCommand(CommandExtension extension) {
        this.extension = extension;
    }

    /** The environment for this run. */
    protected DeployEnvironment environment() {
        return extension.environment(connection);
    }

    /** Whether {@code --verbose} was given. */
    protected boolean verbose() {
        return connection.verbose();
    }

    /** Standard output. */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error, for warnings. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The style of this run's output: colour on a terminal, none otherwise. */
    protected TerminalStyle style() {
        return TerminalStyle.of(spec.commandLine());
    }
}
