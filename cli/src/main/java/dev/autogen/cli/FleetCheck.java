package dev.autogen.cli;

import dev.autogen.diff.Change;
import dev.autogen.diff.DdlForm;
import dev.autogen.diff.Renames;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.BackgroundTask;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.Plural;
import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.deploy.FleetOptions;
import dev.autogen.runtime.deploy.FleetResult;
import dev.autogen.runtime.deploy.FleetRun;
import dev.autogen.schema.SchemaModel;
import picocli.CommandLine;

import java.util.List;

/**
 * {@code check --each-schema} / {@code --each-url}: the entities compared with every schema or
 * database, each reported as clean, pending (with its changes) or failed. The entities are read
 * once. Exit 0 when all are clean, 1 when some have changes pending and none failed, 24 when any failed.
 */
final class FleetCheck {
    private final Project project;
    private final CommandLine commandLine;
    private final FleetOptions fleet;

    FleetCheck(Project project, CommandLine commandLine, FleetOptions fleet, boolean shadow, DriftMode drift) {
        if (shadow) {
            throw new CommandLine.ParameterException(commandLine, "--shadow cannot be combined with --each-schema or"
                    + " --each-url: the shadow database is one throwaway database. Check the schemas without --shadow.");
        }
        if (drift == DriftMode.ALWAYS) {
            throw new CommandLine.ParameterException(commandLine, "--drift always cannot be combined with --each-schema"
                    + " or --each-url; check for drift one schema or database at a time.");
        }
        this.project = project;
        this.commandLine = commandLine;
        this.fleet = fleet;
    }

    int run() {
        BackgroundTask<SchemaModel> entities = SchemaComparison.readEntities(project);
        int code = new FleetRun(commandLine, fleet).check(new CliEnvironment(project), (dataSource, name, mask) -> {
            try (Database database = Database.view(dataSource, name, mask)) {
                return checked(database, entities);
            }
        });
        project.notices().forEach(notice -> commandLine.getErr().println("note: " + notice));
        if (code != 0) {
            commandLine.getOut().println("Run 'autogen revision -m \"...\"' to generate a migration for the pending"
                    + " changes, or 'autogen upgrade' with the same --each-schema/--each-url for those behind.");
        }
        return code;
    }

    /** Clean, the entities' changes pending, or pending migrations when the target is not at head. */
    private FleetResult checked(Database database, BackgroundTask<SchemaModel> entities) {
        SchemaComparison.Comparison comparison;
        try {
            comparison = SchemaComparison.compare(project, database, entities, Renames.none(), DdlForm.LOCK_SAFE);
        } catch (AutogenException e) {
            if (e.code() != ErrorCode.NOT_AT_HEAD) {
                throw e;
            }
            List<String> current = project.migrator(database).completeCurrent();
            return new FleetResult("behind head: at " + (current.isEmpty() ? "base" : String.join("+", current)),
                    List.of("upgrade to " + head() + " first: the migrations are not all applied"));
        }
        List<Change> changes = comparison.plan().upgrade();
        String at = comparison.plan().isEmpty() ? "clean" : Plural.of(changes.size(), "change") + " pending";
        return new FleetResult(at + " at " + head(), changes.stream()
                .map(change -> VisibleText.oneLine(change.operation().describe())).toList());
    }

    private String head() {
        List<String> heads = project.graph().heads();
        return heads.isEmpty() ? "base" : String.join("+", heads);
    }
}
