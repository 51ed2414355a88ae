package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    FleetOptions fleet;

    /** The command over the host's environment. */
    public DowngradeCommand(CommandExtension extension) {
        super(extension);
    }

    @Override
    public Integer call() {
        DeployEnvironment environment = environment();
        requireNoSqlWithFleet();
        if (fleet.active()) {
            return new FleetRun(spec.commandLine(), fleet).run(environment, "downgraded", FleetActions.downgrade(target));
        }
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

    private void requireNoSqlWithFleet() {
        if (sql && fleet.active()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--sql cannot be combined with"
                    + " --each-schema or --each-url: the script is the same for every schema. Print it once with --sql"
                    + " and run it per schema with search_path set to that schema.");
        }
    }
}
