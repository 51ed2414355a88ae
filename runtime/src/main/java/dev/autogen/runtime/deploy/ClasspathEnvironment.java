package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Migrator;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import java.util.function.Consumer;

/** Compiled migrations from a package on the class path or {@code --classpath}, and the database of {@code --url}. */
final class ClasspathEnvironment implements DeployEnvironment {
    private final ConnectionFactory connections;
    private final CompiledMigrations migrations;
    private final Path workingDirectory;

    ClasspathEnvironment(ConnectionOptions connection, PackageOptions packageOptions, Settings settings,
                         Consumer<String> warnings) {
        this.workingDirectory = settings.workingDirectory();
        this.connections = new ConnectionFactory(connection, settings);
        this.migrations = CompiledMigrations.of(packageOptions.classpath, packageOptions.migrationsPackage,
                settings.workingDirectory(), Thread.currentThread().getContextClassLoader(), warnings);
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
        return new Session(connections.migrator(connections.dataSource(), migrations), connections.description(),
                migrations::close);
    }

    @Override
    public FleetSession openFleet() {
        return new FleetSession(connections.dataSource(), dataSource -> connections.migrator(dataSource, migrations),
                connections.description(), workingDirectory, migrations::close,
                connections.migrator(connections.dataSource(), migrations).dialect());
    }
}
