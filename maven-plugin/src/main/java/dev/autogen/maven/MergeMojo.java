package dev.autogen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/** {@code autogen:merge}: writes an empty revision whose parents are the given revisions (default: all heads). */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class MergeMojo extends AutogenMojo {
    /** The message of the merge revision. */
    @Parameter(property = "autogen.message")
    String message;

    /** The revisions to merge (default: all heads; comma-separated on the command line). */
    @Parameter(property = "autogen.revisions")
    List<String> revisions;

    /**
     * A command run on every file written, e.g. a formatter; {@code {file}} stands for the file's
     * path. It runs without a shell from the project folder; when it fails, a warning is printed and
     * the file is kept.
     */
    @Parameter(property = "autogen.postWriteHook")
    String postWriteHook;

    @Override
    void requireParameters() throws MojoExecutionException {
        require(message, "message", "\"merge heads\"");
    }

    @Override
    String command() {
        return "merge";
    }

    @Override
    void addArguments(CommandArguments arguments) {
        arguments.option("--message", message).option("--post-write-hook", postWriteHook).positional(revisions);
    }
}
