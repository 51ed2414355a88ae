package dev.autogen.cli;

import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.deploy.DeployEnvironment;
import dev.autogen.runtime.load.ResolvedMigration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;

/**
 * The deploy-time commands' view of a project in the command line: migrations compiled in memory
 * from their sources, and the configured or embedded database.
 */
final class CliEnvironment implements DeployEnvironment {
    private final Project project;

    CliEnvironment(Project project) {
        this.project = project;
    }

    @Override
    public Migrator offlineMigrator() {
        return project.offlineMigrator();
    }

    @Override
    public Optional<Connection> statisticsConnection() {
        return project.statisticsConnection();
    }

    @Override
    public Optional<String> sourceOf(ResolvedMigration migration) {
        if (!migration.origin().endsWith(".java")) {
            return Optional.empty();
        }
        Path file = project.settings().workingDirectory().resolve(migration.origin());
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public Session open() {
        project.graph();
        Database database = project.openDatabase();
        return new Session(project.migrator(database), database.description(), database::close);
    }

    @Override
    public FleetSession openFleet() {
        project.graph();
        Database database = project.openDatabase();
        return new FleetSession(database.dataSource(), project::migrator, database.description(),
                project.settings().workingDirectory(), database::close, project.migrator(database).dialect());
    }
}
