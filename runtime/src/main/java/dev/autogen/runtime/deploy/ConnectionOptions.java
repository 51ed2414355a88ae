package dev.autogen.runtime.deploy;

import picocli.CommandLine.Option;

import java.time.Duration;

/** The options that say which database to work on and how; every command that connects has them. */
public final class ConnectionOptions {
    @Option(names = "--url", description = "JDBC URL of the database.")
    String url;

    @Option(names = "--user", description = "Database user.")
    String user;

    @Option(names = "--password-env", defaultValue = "AUTOGEN_PASSWORD",
            description = "Environment variable that holds the password (default: ${DEFAULT-VALUE}).")
    String passwordEnv;

    @Option(names = "--history-table", defaultValue = "autogen_history",
            description = "Name of the history table (default: ${DEFAULT-VALUE}).")
    String historyTable;

    @Option(names = "--lock-timeout", defaultValue = "120", converter = PositiveSeconds.class,
            description = "Seconds to wait for another process's migration lock, 1 to 2147483 (default: ${DEFAULT-VALUE}).")
    long lockTimeoutSeconds;

    @Option(names = "--ddl-lock-timeout", defaultValue = "500ms", converter = LockWaitDuration.class,
            description = "How long each statement of a migration's transaction may wait for a table lock"
                    + " (lock_timeout, set with SET LOCAL), e.g. 500ms or 2s; 0 turns it off (default: ${DEFAULT-VALUE}).")
    Duration ddlLockTimeout;

    @Option(names = "--ddl-lock-retries", defaultValue = "5", converter = LockRetryCount.class,
            description = "How often to roll back and run a migration's transaction again after that wait ran out,"
                    + " 0 to 1000 (default: ${DEFAULT-VALUE}).")
    int ddlLockRetries;

    @Option(names = "--dialect", description = "SQL dialect for --sql output (default: from the URL; supported: postgresql).")
    String dialect;

    @Option(names = {"-v", "--verbose"}, description = "Print more detail, and stack traces on errors.")
    boolean verbose;

    /** The JDBC URL, or {@code null} when none is configured. */
    public String url() {
        return url == null || url.isBlank() ? null : url;
    }

    /** The user, or {@code null}. */
    public String user() {
        return user;
    }

    /** The environment variable that holds the password. */
    public String passwordEnv() {
        return passwordEnv;
    }

    /** The history table name. */
    public String historyTable() {
        return historyTable;
    }

    /** The lock wait in seconds. */
    public long lockTimeoutSeconds() {
        return lockTimeoutSeconds;
    }

    /** How long a migration's statement may wait for a table lock; zero for no bound. */
    public Duration ddlLockTimeout() {
        return ddlLockTimeout;
    }

    /** How often a migration's transaction runs again after a lock wait ran out. */
    public int ddlLockRetries() {
        return ddlLockRetries;
    }

    /** The dialect name, or {@code null} to take it from the URL. */
    public String dialect() {
        return dialect;
    }

    /** Whether to print more detail. */
    public boolean verbose() {
        return verbose;
    }
}
