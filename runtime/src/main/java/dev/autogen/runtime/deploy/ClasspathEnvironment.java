package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.load.MigrationSource;
import dev.autogen.runtime.load.PackageScanner;

import java.sql.Connection;
import java.util.Optional;

/** Compiled migrations from a package on the class path or {@code --classpath}, and the database of {@code --url}. */
final class ClasspathEnvironment implements DeployEnvironment {
    private final ConnectionFactory connections;
    private final MigrationSource migrations;

    ClasspathEnvironment(ConnectionOptions connection, PackageOptions packageOptions, Settings settings) {
        this.connections = new ConnectionFactory(connection, settings);
        this.migrations = new PackageScanner(MigrationClassLoader.of(packageOptions.classpath,
                settings.workingDirectory(), Thread.currentThread().getContextClassLoader()),
                packageOptions.migrationsPackage);
    }

    @Override
    public Migrator offlineMigrator() {
        return connections.offlineMigrator(migrations);
    }

    @Override
    public Optional<Connection> statisticsConnection() {
        return connections.statisticsConnection();
    }

    @Override
    public Session open() {
        return new Session(connections.migrator(connections.dataSource(), migrations), connections.description(), () -> { });
    }
}
