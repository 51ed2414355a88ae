package dev.autogen.runtime.deploy;

import picocli.CommandLine.Option;

/**
 * Where {@link DeployMain} finds compiled migrations: a package on the class path, or in the jars
 * and folders of {@code --classpath}.
 */
public final class PackageOptions {
    @Option(names = "--migrations-package", description = "Java package of the compiled migrations (default: ${DEFAULT-VALUE}).",
            defaultValue = "db.migrations")
    String migrationsPackage;

    @Option(names = "--classpath", description = "Jars and folders that hold the compiled migrations (separated by"
            + " the system's path separator; @FILE stands for the list in FILE), searched before the class path; with"
            + " 'java -jar' the only way to name them. A Spring Boot fat jar or a war is read in place.")
    String classpath;
}
