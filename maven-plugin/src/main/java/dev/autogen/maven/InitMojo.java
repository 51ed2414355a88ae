package dev.autogen.maven;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code autogen:init}: writes {@code autogen.properties} in the project's base directory (with the
 * configured options) and creates the migrations folder. The file is for the command line; the
 * goals read it too, and the plugin's {@code <configuration>} wins over it.
 */
@Mojo(name = "init", threadSafe = true)
public final class InitMojo extends AutogenMojo {
    @Override
    String command() {
        return "init";
    }

    @Override
    void addArguments(CommandArguments arguments) {
    }

    @Override
    boolean passesClasspath() {
        return false;
    }
}
