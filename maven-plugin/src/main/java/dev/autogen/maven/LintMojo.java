package dev.autogen.maven;

import dev.autogen.runtime.ErrorCode;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/**
 * {@code autogen:lint}: the lock review of the migrations: what each upgrade locks, one line per
 * operation. Fails the build when a risky or unrecognised operation has no {@code // REVIEW:} note
 * in its source; needs no database. Bound to {@code verify} by default, like {@code check}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class LintMojo extends AutogenMojo {
    /** Revision ids or unique prefixes to review (default: all; comma-separated on the command line). */
    @Parameter(property = "autogen.revisions")
    List<String> revisions;

    /** {@code text} (the default) or {@code json}: one JSON object with every revision, operation and statement. */
    @Parameter(property = "autogen.format")
    String format;

    @Override
    String command() {
        return "lint";
    }

    @Override
    void addArguments(CommandArguments arguments) {
        arguments.option("--format", format).positional(revisions);
    }

    @Override
    void fail(CommandResult result) throws MojoExecutionException, MojoFailureException {
        if (result.exitCode() != ErrorCode.UNREVIEWED_LOCKS.exitCode()) {
            super.fail(result);
        }
        List<String> output = result.output();
        throw new MojoFailureException(output.isEmpty() ? "autogen lint found risky operations without a // REVIEW: note."
                : output.get(output.size() - 1));
    }
}
