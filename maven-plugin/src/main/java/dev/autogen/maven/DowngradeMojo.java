package dev.autogen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/** {@code autogen:downgrade}: undoes applied migrations, e.g. {@code mvn autogen:downgrade -Dautogen.target=-1}. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class DowngradeMojo extends FleetMojo {
    /** The target: {@code -1} (undo the last revision), {@code -N}, {@code base}, or an applied revision id or prefix. */
    @Parameter(property = "autogen.target")
    String target;

    @Override
    void requireParameters() throws MojoExecutionException {
        require(target, "target", "-1");
    }

    @Override
    String command() {
        return "downgrade";
    }

    @Override
    void addArguments(CommandArguments arguments) {
        fleet(arguments).positional(List.of(target));
    }
}
