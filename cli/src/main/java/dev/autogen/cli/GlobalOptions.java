package dev.autogen.cli;

import picocli.CommandLine.Option;

import java.util.List;

/**
 * The options that describe the user's project: entities, migration sources, schemas. Each can also
 * come from the environment or {@code autogen.properties}; the connection options are
 * {@link dev.autogen.runtime.deploy.ConnectionOptions}.
 */
public final class GlobalOptions {
    /** The default of {@code --classpath}: Maven's class output folder. */
    static final String DEFAULT_CLASSPATH = "target/classes";
    /** The default of {@code --migrations-dir}. */
    static final String DEFAULT_MIGRATIONS_DIR = "src/main/java/db/migrations";
    /** The default of {@code --migrations-package}. */
    static final String DEFAULT_MIGRATIONS_PACKAGE = "db.migrations";
    /** The options only the commands that read the entities use; the deploy commands hide them. */
    static final List<String> MODEL_OPTIONS = List.of("--entities", "--schemas", "--include-tables", "--exclude-tables");

    @Option(names = "--classpath", description = "Where the compiled entity classes and their dependencies are: a path"
            + " list, where @FILE stands for the list in FILE (default: ${DEFAULT-VALUE}, plus the jars listed in "
            + Project.MAVEN_CLASSPATH_FILE + " when it is newer than pom.xml).", defaultValue = DEFAULT_CLASSPATH)
    String classpath;

    @Option(names = "--entities", description = "Comma-separated packages to scan for entities.")
    String entities;

    @Option(names = "--migrations-dir", description = "Folder that holds the migration sources (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT_MIGRATIONS_DIR)
    String migrationsDir;

    @Option(names = "--migrations-package", description = "Java package of the migrations (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT_MIGRATIONS_PACKAGE)
    String migrationsPackage;

    @Option(names = "--schemas", description = "Comma-separated database schemas to compare besides the session's"
            + " current schema (the first of its search_path that exists, usually public), which is always compared.",
            defaultValue = "")
    String schemas;

    @Option(names = "--spring-profiles", description = "Comma-separated Spring Boot profiles whose"
            + " application-{profile} files are read (default: spring.profiles.active, as Spring Boot reads it).")
    String springProfiles;

    @Option(names = "--include-tables", description = "Comma-separated glob patterns of the tables to compare,"
            + " optionally schema-qualified, e.g. \"todo*,billing.*\" (default: all).")
    String includeTables;

    @Option(names = "--exclude-tables", description = "Comma-separated glob patterns of tables to leave alone,"
            + " optionally schema-qualified, e.g. \"legacy_*\".")
    String excludeTables;

    @Option(names = "--exclude-indexes", description = "Comma-separated glob patterns of indexes to leave alone,"
            + " as index, table.index or schema.table.index, e.g. \"ix_legacy_*\".")
    String excludeIndexes;
}
