package dev.autogen.runtime.deploy;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options that run a deploy command over many schemas or databases instead of one. */
public final class FleetOptions {
    @Option(names = "--each-schema", paramLabel = "PATTERN",
            description = "Run on every schema matching PATTERN, a glob such as tenant_* (several comma-separated),"
                    + " each with its own history table and lock; system schemas never match.")
    String eachSchema;

    @Option(names = "--each-url", paramLabel = "FILE",
            description = "Run on every database in FILE: one JDBC URL per line; blank lines and # comments are skipped."
                    + " With --each-schema, on every matching schema of each.")
    Path eachUrl;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
            description = "With --each-schema or --each-url, how many schemas or databases to work on at a time,"
                    + " each over one connection (default: ${DEFAULT-VALUE}).")
    int parallel;

    /** Whether the command runs over many schemas or databases. */
    public boolean active() {
        return eachSchema != null || eachUrl != null;
    }

    /** The schema pattern, or {@code null}. */
    public String eachSchema() {
        return eachSchema;
    }

    /** The file of URLs, or {@code null}. */
    public Path eachUrl() {
        return eachUrl;
    }

    /** How many targets run at a time. */
    public int parallel() {
        return parallel;
    }
}
