package dev.autogen.maven;

import dev.autogen.runtime.ErrorCode;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen:check}: fails the build when the entities changed without a revision, listing the
 * pending operations. Bound to {@code verify} by default, so an execution with only
 * {@code <goal>check</goal>} runs it after the classes are compiled; run alone, compile first:
 * {@code mvn compile autogen:check}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class CheckMojo extends FleetMojo {
    /** Diff against a throwaway embedded PostgreSQL with all migrations replayed; needs no database server. */
    @Parameter(property = "autogen.shadow", defaultValue = "false")
    boolean shadow;

    /**
     * Also compare a {@code url} database with what its migrations make, replayed into the shadow
     * database, to find changes made outside the migrations: {@code auto} (autogen's default), {@code always}
     * or {@code never}.
     */
    @Parameter(property = "autogen.drift")
    String drift;

    @Override
    String command() {
        return "check";
    }

    @Override
    void addArguments(CommandArguments arguments) {
        fleet(arguments.flag("--shadow", shadow).option("--drift", drift));
    }

    @Override
    boolean logsOutput() {
        return false;
    }

    @Override
    void finish(CommandResult result) {
        result.output().forEach(getLog()::info);
    }

    @Override
    void fail(CommandResult result) throws MojoExecutionException, MojoFailureException {
        if (result.exitCode() == ErrorCode.NOT_AT_HEAD.exitCode()) {
            throw new MojoExecutionException(String.join("\n", result.errors()) + "\nIn a build, set <shadow>true</shadow>"
                    + " in the check execution (or -Dautogen.shadow) to compare with the migrations replayed into a"
                    + " throwaway database instead.\n(autogen exit code " + result.exitCode() + ": " + result.meaning() + ")");
        }
        if (result.exitCode() != 1) {
            super.fail(result);
        }
        CheckReport report = CheckReport.of(result.output());
        report.info().forEach(getLog()::info);
        throw new MojoFailureException(report.message());
    }
}
