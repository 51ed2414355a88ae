package dev.autogen.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/** {@code autogen:show}: one revision's parents, message and operations; needs no database. */
@Mojo(name = "show", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class ShowMojo extends AutogenMojo {
    /** A revision id or unique prefix, or {@code head} (the default) for the single head. */
    @Parameter(property = "autogen.revision", defaultValue = "head")
    String revision;

    @Override
    String command() {
        return "show";
    }

    @Override
    void addArguments(CommandArguments arguments) {
        arguments.positional(List.of(revision));
    }
}
