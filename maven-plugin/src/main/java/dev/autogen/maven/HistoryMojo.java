package dev.autogen.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen:history}: every revision, newest first, with its parents, message and state (applied, pending, incomplete). */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class HistoryMojo extends AutogenMojo {
    @Override
    String command() {
        return "history";
    }

    @Override
    void addArguments(CommandArguments arguments) {
    }
}
