package dev.autogen.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen:current}: the revision(s) the database is at. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class CurrentMojo extends FleetMojo {
    @Override
    String command() {
        return "current";
    }

    @Override
    void addArguments(CommandArguments arguments) {
        fleet(arguments);
    }
}
