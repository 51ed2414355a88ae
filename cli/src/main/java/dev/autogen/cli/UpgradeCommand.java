package dev.autogen.cli;

import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen upgrade [TARGET]}: applies pending migrations. */
@Command(name = "upgrade", description = "Apply pending migrations up to TARGET: head (default), heads, +N, or a revision id or prefix.")
final class UpgradeCommand extends ProjectCommand {
    @Parameters(index = "0", arity = "0..1", defaultValue = "head",
            description = "The target (default: head). With --sql, FROM:TO (e.g. base:head) prints a range without a database.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it.")
    boolean sql;

    @Option(names = "--repair", description = "First accept edited applied migrations and forget incomplete ones.")
    boolean repair;

    @Override
    public Integer call() {
        Project project = project();
        if (sql && target.contains(":")) {
            String[] range = SqlRange.parse(target, "base");
            out().print(project.offlineMigrator().upgradeSql(range[0], range[1]));
            return 0;
        }
        try (Database database = project.openDatabase()) {
            Migrator migrator = project.migrator(database);
            if (sql) {
                out().print(migrator.upgradeSql(target));
                return 0;
            }
            if (repair) {
                migrator.repair().forEach(change -> out().println("Repaired: " + change));
            }
            MigrationResult result = migrator.upgrade(target);
            Results.print(out(), result, database);
        }
        return 0;
    }
}
