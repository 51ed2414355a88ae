package dev.autogen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/**
 * {@code autogen:stamp}: records the database as being at revisions without running migrations,
 * e.g. {@code mvn autogen:stamp -Dautogen.revisions=head} when adopting an existing database.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class StampMojo extends AutogenMojo {
    /** {@code base}, {@code head}, {@code heads}, or revision ids or prefixes (comma-separated on the command line). */
    @Parameter(property = "autogen.revisions")
    List<String> revisions;

    /** Only record the revisions and their ancestors as applied; keep every other row. */
    @Parameter(property = "autogen.add", defaultValue = "false")
    boolean add;

    /** Also delete the rows of revisions that no migration declares. */
    @Parameter(property = "autogen.purgeUnknown", defaultValue = "false")
    boolean purgeUnknown;

    @Override
    void requireParameters() throws MojoExecutionException {
        require(revisions, "revisions", "head");
    }

    @Override
    String command() {
        return "stamp";
    }

    @Override
    void addArguments(CommandArguments arguments) {
        arguments.flag("--add", add).flag("--purge-unknown", purgeUnknown).positional(revisions);
    }
}
