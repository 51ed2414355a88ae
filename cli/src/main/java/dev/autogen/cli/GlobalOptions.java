package dev.autogen.cli;

import picocli.CommandLine.Option;

/** The options every command accepts; each can also come from the environment or {@code autogen.properties}. */
public final class GlobalOptions {
    @Option(names = "--url", description = "JDBC URL of the database. Default: an embedded PostgreSQL kept in .autogen/.")
    String url;

    @Option(names = "--user", description = "Database user.")
    String user;

    @Option(names = "--password-env", description = "Environment variable that holds the password (default: ${DEFAULT-VALUE}).",
            defaultValue = "AUTOGEN_PASSWORD")
    String passwordEnv;

    @Option(names = "--classpath", description = "Where the compiled entity classes are: a path list (default: ${DEFAULT-VALUE}).",
            defaultValue = "target/classes")
    String classpath;

    @Option(names = "--entities", description = "Comma-separated packages to scan for entities.")
    String entities;

    @Option(names = "--migrations-dir", description = "Folder that holds the migration sources (default: ${DEFAULT-VALUE}).",
            defaultValue = "src/main/java/db/migrations")
    String migrationsDir;

    @Option(names = "--migrations-package", description = "Java package of the migrations (default: ${DEFAULT-VALUE}).",
            defaultValue = "db.migrations")
    String migrationsPackage;

    @Option(names = "--history-table", description = "Name of the history table (default: ${DEFAULT-VALUE}).",
            defaultValue = "autogen_history")
    String historyTable;

    @Option(names = "--schemas", description = "Comma-separated database schemas to compare (default: ${DEFAULT-VALUE}).",
            defaultValue = "public")
    String schemas;

    @Option(names = "--lock-timeout", description = "Seconds to wait for another process's migration lock (default: ${DEFAULT-VALUE}).",
            defaultValue = "120")
    long lockTimeoutSeconds;

    @Option(names = "--dialect", description = "SQL dialect for --sql output (default: from the URL; supported: postgresql).")
    String dialect;

    @Option(names = {"-v", "--verbose"}, description = "Print more detail, and stack traces on errors.")
    boolean verbose;
}
