package dev.autogen.maven;

import dev.autogen.runtime.deploy.CommandProgress;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Base of the goals: the options every autogen command has, the project's class path, and the
 * mapping of the command's exit code to the build's result. A parameter left unset is not passed,
 * so its value comes, as on the command line, from the {@code AUTOGEN_*} environment variables,
 * then {@code autogen.properties} in the project's base directory, then the defaults.
 */
abstract class AutogenMojo extends AbstractMojo {
    /** The project whose base directory is the working directory and whose class path holds the entities. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** JDBC URL of the database. Unset: an embedded PostgreSQL kept in {@code .autogen/} of the project. */
    @Parameter(property = "autogen.url")
    String url;

    /** Database user. */
    @Parameter(property = "autogen.user")
    String user;

    /**
     * Environment variable that holds the database password (autogen's default: {@code AUTOGEN_PASSWORD}).
     * A password is never part of the build's configuration.
     */
    @Parameter(property = "autogen.passwordEnv")
    String passwordEnv;

    /** Name of the history table (autogen's default: {@code autogen_history}). */
    @Parameter(property = "autogen.historyTable")
    String historyTable;

    /** Seconds to wait for another process's migration lock, 1 to 2147483 (autogen's default: 120). */
    @Parameter(property = "autogen.lockTimeout")
    Integer lockTimeout;

    /**
     * How long each statement of a migration's transaction may wait for a table lock before the
     * transaction is rolled back and retried: {@code 500ms}, {@code 2s}, {@code 1min}, or {@code 0} for
     * no bound (autogen's default: 500ms).
     */
    @Parameter(property = "autogen.ddlLockTimeout")
    String ddlLockTimeout;

    /** How often a migration's transaction runs again after its lock wait ran out, 0 to 1000 (autogen's default: 5). */
    @Parameter(property = "autogen.ddlLockRetries")
    Integer ddlLockRetries;

    /** Comma-separated packages to scan for {@code @Entity} classes. */
    @Parameter(property = "autogen.entities")
    String entities;

    /**
     * Folder that holds the migration sources, relative to the project's base directory (autogen's
     * default: {@code src/main/java/db/migrations}).
     */
    @Parameter(property = "autogen.migrationsDir")
    String migrationsDir;

    /** Java package of the migrations (autogen's default: {@code db.migrations}). */
    @Parameter(property = "autogen.migrationsPackage")
    String migrationsPackage;

    /** Comma-separated database schemas to compare besides the session's current schema. */
    @Parameter(property = "autogen.schemas")
    String schemas;

    /** Comma-separated glob patterns of the tables to compare, optionally schema-qualified (default: all). */
    @Parameter(property = "autogen.includeTables")
    String includeTables;

    /** Comma-separated glob patterns of the tables to leave alone, optionally schema-qualified. */
    @Parameter(property = "autogen.excludeTables")
    String excludeTables;

    /** Comma-separated glob patterns of the indexes to leave alone: index, table.index or schema.table.index. */
    @Parameter(property = "autogen.excludeIndexes")
    String excludeIndexes;

    /**
     * Comma-separated Spring Boot profiles whose {@code application-{profile}} files are read in a
     * Spring Boot project (default: {@code spring.profiles.active}, as Spring Boot reads it).
     */
    @Parameter(property = "autogen.springProfiles")
    String springProfiles;

    /** Print more detail, and autogen's stack traces on errors. */
    @Parameter(property = "autogen.verbose", defaultValue = "false")
    boolean verbose;

    /** Skip the goal. */
    @Parameter(property = "autogen.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping autogen (autogen.skip).");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping autogen in " + project.getArtifactId() + ": a pom project has no classes.");
            return;
        }
        requireParameters();
        CommandArguments arguments = new CommandArguments(command())
                .option("--classpath", passesClasspath() ? classpath() : null)
                .option("--url", url)
                .option("--user", user)
                .option("--password-env", passwordEnv)
                .option("--history-table", historyTable)
                .option("--lock-timeout", lockTimeout)
                .option("--ddl-lock-timeout", ddlLockTimeout)
                .option("--ddl-lock-retries", ddlLockRetries)
                .option("--entities", entities)
                .option("--migrations-dir", migrationsDir)
                .option("--migrations-package", migrationsPackage)
                .option("--schemas", schemas)
                .option("--include-tables", includeTables)
                .option("--exclude-tables", excludeTables)
                .option("--exclude-indexes", excludeIndexes)
                .option("--spring-profiles", springProfiles)
                .flag("--verbose", verbose);
        addArguments(arguments);
        CommandResult result = new InProcessCommand(getLog(), logsOutput())
                .run(project.getBasedir().toPath(), environment(), arguments.toArray());
        if (result.exitCode() != 0) {
            fail(result);
        }
        finish(result);
    }

    /**
     * The process's environment, with progress as plain lines unless {@code AUTOGEN_PROGRESS} says
     * otherwise: Maven's log takes whole lines, not one rewritten in place.
     */
    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putIfAbsent(CommandProgress.PROGRESS_VARIABLE, "plain");
        return environment;
    }

    /** Fails before anything runs when a parameter the goal needs is not set; by default none is needed. */
    void requireParameters() throws MojoExecutionException {
    }

    /**
     * Fails naming the parameter, its property and an example when it is not set.
     *
     * @param example a value to show, such as {@code "add due date"}
     */
    final void require(Object value, String parameter, String example) throws MojoExecutionException {
        boolean missing = value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> values && values.isEmpty());
        if (missing) {
            throw new MojoExecutionException("autogen:" + command() + " needs " + parameter + ": run mvn autogen:"
                    + command() + " -Dautogen." + parameter + "=" + example + ", or set <" + parameter + "> in the"
                    + " plugin's <configuration>.");
        }
    }

    /** The autogen command this goal runs. */
    abstract String command();

    /** Adds the goal's own options and parameters. */
    abstract void addArguments(CommandArguments arguments);

    /** Whether the command gets the project's class path as {@code --classpath}. */
    boolean passesClasspath() {
        return true;
    }

    /** Whether the command's output goes to the log as it comes; otherwise {@link #finish} handles it. */
    boolean logsOutput() {
        return true;
    }

    /** Called after a successful command. */
    void finish(CommandResult result) throws MojoExecutionException {
    }

    /** Turns a failed command into the build's failure; {@code check} overrides it for pending changes. */
    void fail(CommandResult result) throws MojoExecutionException, MojoFailureException {
        String message = result.errors().isEmpty() ? "autogen " + command() + " failed." : String.join("\n", result.errors());
        throw new MojoExecutionException(message + "\n(autogen exit code " + result.exitCode() + ": " + result.meaning() + ")");
    }

    /**
     * The project's class path: its compiled classes, then every dependency of compile, provided,
     * system and runtime scope, as Maven has already resolved them.
     */
    private String classpath() throws MojoExecutionException {
        Set<String> elements = new LinkedHashSet<>();
        try {
            elements.addAll(project.getCompileClasspathElements());
            elements.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The dependencies of " + project.getId() + " are not resolved: "
                    + e.getMessage(), e);
        }
        return String.join(File.pathSeparator, elements);
    }
}
