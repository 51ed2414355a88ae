package dev.autogen.cli.testing;

import dev.autogen.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process, in a working directory, with a controlled environment. */
public final class Cli {
    private final Path workingDirectory;
    private final Map<String, String> environment = new HashMap<>();

    /**
     * A runner for the given working directory and an environment with only {@code AUTOGEN_PROGRESS=never},
     * so that a slow machine's progress lines never mix into the output a test reads.
     */
    public Cli(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
        environment.put("AUTOGEN_PROGRESS", "never");
    }

    /** Sets an environment variable for later runs. */
    public Cli env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** The working directory. */
    public Path dir() {
        return workingDirectory;
    }

    /** Runs one command. */
    public CliResult run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(workingDirectory, Map.copyOf(environment), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
        return new CliResult(code, out.toString(), err.toString());
    }
}
