package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code downgrade TARGET}: undoes applied migrations. */
@Command(name = "downgrade", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", footer = {"  ${PARENT-COMMAND-NAME} downgrade -1", "  ${PARENT-COMMAND-NAME} downgrade base", "  ${PARENT-COMMAND-NAME} downgrade head:base --sql"},
        description = "Undo applied migrations down to TARGET: -1, -N, base, or an applied revision id or prefix.")
public final class DowngradeCommand extends DeployCommand {
    @Parameters(index = "0", description = "The target: -N, base, or a revision. With --sql, FROM:TO (e.g. head:base) prints a range without a database.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it.")
    boolean sql;

    /** The command over the host's environment. */
    public DowngradeCommand(CommandExtension extension) {
        super(extension);
    }

    @Override
    public Integer call() {
        DeployEnvironment environment = environment();
        if (sql && target.contains(":")) {
            String[] range = SqlRange.parse(target, "head");
            out().print(environment.offlineMigrator().downgradeSql(range[0], range[1]));
            return 0;
        }
        try (DeployEnvironment.Session session = environment.open()) {
            Migrator migrator = session.migrator();
            if (sql) {
                out().print(migrator.downgradeSql(target));
                return 0;
            }
            Results.print(out(), migrator.downgrade(target), session.description());
        }
        return 0;
    }
}
