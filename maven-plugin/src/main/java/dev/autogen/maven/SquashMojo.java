package dev.autogen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen:squash}: writes one revision that does what the revisions from {@code from} to
 * {@code to} did (default: all of them) and declares that it replaces them; the old files are kept.
 */
@Mojo(name = "squash", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class SquashMojo extends AutogenMojo {
    /** The message of the squashed revision. */
    @Parameter(property = "autogen.message")
    String message;

    /** The first revision to squash, or {@code base} for the first of all (the default). */
    @Parameter(property = "autogen.from")
    String from;

    /** The last revision to squash, or {@code head} (the default). */
    @Parameter(property = "autogen.to")
    String to;

    /**
     * A command run on the file written, e.g. a formatter; {@code {file}} stands for the file's path.
     * It runs without a shell from the project folder; when it fails, a warning is printed and the
     * file is kept.
     */
    @Parameter(property = "autogen.postWriteHook")
    String postWriteHook;

    @Override
    void requireParameters() throws MojoExecutionException {
        require(message, "message", "\"squash history\"");
    }

    @Override
    String command() {
        return "squash";
    }

    @Override
    void addArguments(CommandArguments arguments) {
        arguments.option("--message", message).option("--from", from).option("--to", to)
                .option("--post-write-hook", postWriteHook);
    }
}
