package dev.autogen.maven;

import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that can run over many schemas or databases instead of one: {@code eachSchema},
 * {@code eachUrl} and {@code parallel}, passed as {@code --each-schema}, {@code --each-url} and
 * {@code --parallel}.
 */
abstract class FleetMojo extends AutogenMojo {
    /**
     * Run on every schema matching this glob, such as {@code tenant_*} (comma-separate several), each
     * with its own history table and lock; system schemas never match.
     */
    @Parameter(property = "autogen.eachSchema")
    String eachSchema;

    /**
     * Run on every database listed in this file, relative to the project's folder: one JDBC URL per
     * line, blank lines and {@code #} comments skipped. With {@code eachSchema}, on every matching
     * schema of every listed database.
     */
    @Parameter(property = "autogen.eachUrl")
    String eachUrl;

    /** With {@code eachSchema} or {@code eachUrl}, how many schemas or databases to work on at a time (autogen's default: 1). */
    @Parameter(property = "autogen.parallel")
    Integer parallel;

    /** Adds the options that run the goal over many schemas or databases, where set. */
    final CommandArguments fleet(CommandArguments arguments) {
        return arguments.option("--each-schema", eachSchema).option("--each-url", eachUrl).option("--parallel", parallel);
    }
}
