package dev.autogen.cli;

import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.deploy.DeployEnvironment;

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
    public Session open() {
        project.graph();
        Database database = project.openDatabase();
        return new Session(project.migrator(database), database.description(), database::close);
    }
}
