package dev.autogen.cli;

import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen downgrade TARGET}: undoes applied migrations. */
@Command(name = "downgrade", description = "Undo applied migrations down to TARGET: -1, -N, base, or an applied revision id or prefix.")
final class DowngradeCommand extends ProjectCommand {
    @Parameters(index = "0", description = "The target: -N, base, or a revision. With --sql, FROM:TO (e.g. head:base) prints a range without a database.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it.")
    boolean sql;

    @Override
    public Integer call() {
        Project project = project();
        if (sql && target.contains(":")) {
            String[] range = SqlRange.parse(target, "head");
            out().print(project.offlineMigrator().downgradeSql(range[0], range[1]));
            return 0;
        }
        try (Database database = project.openDatabase()) {
            Migrator migrator = project.migrator(database);
            if (sql) {
                out().print(migrator.downgradeSql(target));
                return 0;
            }
            MigrationResult result = migrator.downgrade(target);
            Results.print(out(), result, database);
        }
        return 0;
    }
}
