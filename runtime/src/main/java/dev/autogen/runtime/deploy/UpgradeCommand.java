package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code upgrade [TARGET]}: applies pending migrations. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", footer = {"  ${PARENT-COMMAND-NAME} upgrade", "  ${PARENT-COMMAND-NAME} upgrade +1", "  ${PARENT-COMMAND-NAME} upgrade head --sql"},
        description = "Apply pending migrations up to TARGET: head (default), heads, +N, or a revision id or prefix.")
public final class UpgradeCommand extends DeployCommand {
    @Parameters(index = "0", arity = "0..1", defaultValue = "head",
            description = "The target (default: head). With --sql, FROM:TO (e.g. base:head) prints a range without a database.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it.")
    boolean sql;

    @Option(names = "--repair", description = "First accept edited applied migrations and forget incomplete ones.")
    boolean repair;

    @Mixin
    FleetOptions fleet;

    /** The command over the host's environment. */
    public UpgradeCommand(CommandExtension extension) {
        super(extension);
    }

    @Override
    public Integer call() {
        DeployEnvironment environment = environment();
        requireNoSqlWithFleet();
        if (fleet.active()) {
            return new FleetRun(spec.commandLine(), fleet).run(environment, "upgraded", FleetActions.upgrade(target, repair));
        }
        if (sql && target.contains(":")) {
            String[] range = SqlRange.parse(target, "base");
            out().print(environment.offlineMigrator().upgradeSql(range[0], range[1]));
            return 0;
        }
        try (DeployEnvironment.Session session = environment.open()) {
            Migrator migrator = session.migrator();
            if (sql) {
                out().print(migrator.upgradeSql(target));
                return 0;
            }
            if (repair) {
                migrator.repair().forEach(change -> out().println("Repaired: " + change));
            }
            Results.print(out(), migrator.upgrade(target), session.description());
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
