package dev.autogen.maven;

import dev.autogen.runtime.FileErrors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code autogen:sql}: the SQL of a range of revisions, rendered offline, without a database: by
 * default the whole upgrade from base to head, for a DBA to review or run. Example:
 * {@code mvn autogen:sql -Dautogen.direction=downgrade -Dautogen.from=head -Dautogen.to=-1 -Dautogen.output=target/down.sql}.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class SqlMojo extends AutogenMojo {
    /** {@code upgrade} (the default) or {@code downgrade}. */
    @Parameter(property = "autogen.direction", defaultValue = "upgrade")
    String direction;

    /**
     * The revision the range starts from: {@code base} or a revision for an upgrade (default {@code base}),
     * {@code head} or a revision for a downgrade (default {@code head}).
     */
    @Parameter(property = "autogen.from")
    String from;

    /**
     * The revision the range ends at: for an upgrade {@code head} (the default) or a revision; for a
     * downgrade {@code base} (the default), {@code -N} or a revision.
     */
    @Parameter(property = "autogen.to")
    String to;

    /** SQL dialect (default: from the URL, else PostgreSQL; supported: {@code postgresql}, {@code mariadb}). */
    @Parameter(property = "autogen.dialect")
    String dialect;

    /** A file to write the SQL to, instead of the build log. */
    @Parameter(property = "autogen.output")
    File output;

    @Override
    String command() {
        return isDowngrade() ? "downgrade" : "upgrade";
    }

    @Override
    void addArguments(CommandArguments arguments) {
        String range = (from == null ? (isDowngrade() ? "head" : "base") : from) + ":"
                + (to == null ? (isDowngrade() ? "base" : "head") : to);
        arguments.option("--dialect", dialect).flag("--sql", true).positional(List.of(range));
    }

    @Override
    boolean logsOutput() {
        return output == null;
    }

    @Override
    void finish(CommandResult result) throws MojoExecutionException {
        if (output == null) {
            return;
        }
        String sql = result.output().isEmpty() ? "" : String.join("\n", result.output()) + "\n";
        try {
            File folder = output.getAbsoluteFile().getParentFile();
            if (folder != null) {
                Files.createDirectories(folder.toPath());
            }
            Files.writeString(output.toPath(), sql);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the SQL to " + output + ": "
                    + FileErrors.reason(e, output.toPath()) + ". Check that the folder is writable, or set autogen.output"
                    + " to another file.");
        }
        getLog().info("Wrote the " + direction + " SQL to " + output);
    }

    private boolean isDowngrade() {
        return "downgrade".equalsIgnoreCase(direction);
    }
}
