package dev.autogen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/**
 * {@code autogen:revision}: generates a migration from the difference between the compiled entities
 * and the database at head. It reads the classes in {@code target/classes}, so run it after
 * {@code compile}: {@code mvn compile autogen:revision -Dautogen.message="add due date"}.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class RevisionMojo extends AutogenMojo {
    /** What the migration does, e.g. {@code add due date}; it names the class. */
    @Parameter(property = "autogen.message")
    String message;

    /** Write a blank migration to fill in by hand; needs no database. */
    @Parameter(property = "autogen.empty", defaultValue = "false")
    boolean empty;

    /**
     * Confirmed renames, kept as renames instead of a drop and an add: {@code table.old=new} for a
     * column, {@code old=new} for a table. On the command line: {@code -Dautogen.renames=todo.title=name,a=b}.
     */
    @Parameter(property = "autogen.renames")
    List<String> renames;

    /**
     * Write the plain DDL that Hibernate would write instead of the lock-safe forms (concurrent
     * indexes, {@code NOT VALID} + {@code VALIDATE}, {@code NOT NULL} through a check) for changes to
     * existing tables.
     */
    @Parameter(property = "autogen.plainDdl", defaultValue = "false")
    boolean plainDdl;

    /** Diff against a throwaway embedded PostgreSQL with all migrations replayed, instead of the database. */
    @Parameter(property = "autogen.shadow", defaultValue = "false")
    boolean shadow;

    /**
     * Also compare a {@code url} database with what its migrations make, replayed into the shadow
     * database, to find changes made outside the migrations: {@code auto} (autogen's default), {@code always}
     * or {@code never}.
     */
    @Parameter(property = "autogen.drift")
    String drift;

    /**
     * A command run on every file written, e.g. a formatter; {@code {file}} stands for the file's
     * path. It runs without a shell from the project folder; when it fails, a warning is printed and
     * the file is kept.
     */
    @Parameter(property = "autogen.postWriteHook")
    String postWriteHook;

    @Override
    void requireParameters() throws MojoExecutionException {
        require(message, "message", "\"add due date\"");
    }

    @Override
    String command() {
        return "revision";
    }

    @Override
    void addArguments(CommandArguments arguments) {
        arguments.option("--message", message).flag("--empty", empty).repeated("--rename", renames)
                .flag("--plain-ddl", plainDdl).flag("--shadow", shadow).option("--drift", drift)
                .option("--post-write-hook", postWriteHook);
    }
}
