package dev.autogen.runtime.deploy;

/**
 * What a host adds to each deploy-time command: its own options (a picocli mixin) and the
 * environment built from them and the connection options.
 */
public interface CommandExtension {
    /** The annotated options object added to the command as a mixin. */
    Object options();

    /** The environment for a run, once all options are parsed. */
    DeployEnvironment environment(ConnectionOptions connection);
}
