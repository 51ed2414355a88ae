package dev.autogen.runtime.deploy;

import java.util.function.Function;

/**
 * What a host adds to each deploy-time command: its own options (a picocli mixin) and the
 * environment built from them and the connection options.
 *
 * @param options      the annotated options object added to the command as a mixin
 * @param environments builds the environment for a run, once all options are parsed
 */
public record CommandExtension(Object options, Function<ConnectionOptions, DeployEnvironment> environments) {
    /** The environment for a run. */
    public DeployEnvironment environment(ConnectionOptions connection) {
        return environments.apply(connection);
    }
}
