package dev.autogen.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/** {@code autogen:upgrade}: applies the pending migrations, compiled in memory from their sources. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class UpgradeMojo extends FleetMojo {
    /** The target: {@code head} (autogen's default), {@code heads}, {@code +N}, or a revision id or prefix. */
    @Parameter(property = "autogen.target")
    String target;

    /** First accept edited applied migrations and forget incomplete ones. */
    @Parameter(property = "autogen.repair", defaultValue = "false")
    boolean repair;

    @Override
    String command() {
        return "upgrade";
    }

    @Override
    void addArguments(CommandArguments arguments) {
        fleet(arguments.flag("--repair", repair)).positional(target == null ? List.of() : List.of(target));
    }
}
