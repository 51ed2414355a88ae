package dev.autogen.runtime.deploy;

import picocli.CommandLine.Option;

/** Where {@link DeployMain} finds compiled migrations: a package on the class path. */
public final class PackageOptions {
    @Option(names = "--migrations-package", description = "Java package of the compiled migrations (default: ${DEFAULT-VALUE}).",
            defaultValue = "db.migrations")
    String migrationsPackage;
}
