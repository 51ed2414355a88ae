package dev.autogen.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen:heads}: the heads of the revision graph; needs no database. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class HeadsMojo extends AutogenMojo {
    @Override
    String command() {
        return "heads";
    }

    @Override
    void addArguments(CommandArguments arguments) {
    }
}
