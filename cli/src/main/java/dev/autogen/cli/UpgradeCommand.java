package dev.autogen.cli;

import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen upgrade [TARGET]}: applies pending migrations. */
@Command(name = "upgrade", description = "Apply pending migrations up to TARGET: head (default), heads, +N, or a revision id or prefix.")
final class UpgradeCommand extends ProjectCommand {
    @Parameters(index = "0", arity = "0..1", defaultValue = "head", description = "The target (default: head).")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it.")
    boolean sql;

    @Override
    public Integer call() {
        Project project = project();
        try (Database database = project.openDatabase()) {
            Migrator migrator = project.migrator(database);
            if (sql) {
                out().print(migrator.upgradeSql(target));
                return 0;
            }
            MigrationResult result = migrator.upgrade(target);
            Results.print(out(), result, database);
        }
        return 0;
    }
}
