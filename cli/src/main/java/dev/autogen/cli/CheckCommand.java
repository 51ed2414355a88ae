package dev.autogen.cli;

import dev.autogen.diff.Change;
import dev.autogen.diff.DdlForm;
import dev.autogen.diff.Renames;
import dev.autogen.runtime.BackgroundTask;
import dev.autogen.runtime.VisibleText;
import dev.autogen.schema.SchemaModel;
import dev.autogen.runtime.deploy.FleetOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;

/**
 * {@code autogen check}: the CI gate; exit 1 when the entities need a new revision, or when the
 * database has changes its migrations do not make (drift).
 */
@Command(name = "check", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", footer = {"  ${PARENT-COMMAND-NAME} check", "  ${PARENT-COMMAND-NAME} check --shadow", "  ${PARENT-COMMAND-NAME} check --each-schema 'tenant_*'"},
        description = "Exit 0 when the entities and the database at"
        + " head agree and the database is what its migrations make, 1 when a revision is pending.")
final class CheckCommand extends ProjectCommand {
    @Option(names = "--shadow", description = "Diff against a throwaway embedded PostgreSQL with all migrations replayed;"
            + " needs no database server.")
    boolean shadow;

    @Option(names = "--shadow-url", paramLabel = "URL", description = "As --shadow, but replay the migrations into"
            + " the existing, empty database at URL (any user and password in the URL) instead of an embedded server;"
            + " what the replay creates there is dropped afterwards, leaving it empty.")
    String shadowUrl;

    @Option(names = "--drift", paramLabel = "auto|always|never", converter = DriftMode.Converter.class,
            defaultValue = "auto", description = "Also compare the database with what its migrations make, replayed"
            + " into the shadow database: auto (default) does so against a --url database with at most "
            + DriftCheck.AUTO_LIMIT + " migrations.")
    DriftMode drift;

    @Mixin
    FleetOptions fleet;

    @Override
    public Integer call() {
        Project project = project();
        if (fleet.active()) {
            return new FleetCheck(project, spec.commandLine(), fleet, shadowed(), drift).run();
        }
        SchemaComparison.Comparison comparison;
        Optional<DriftCheck.Drift> found;
        printSettingsSources(project);
        BackgroundTask<SchemaModel> entities = SchemaComparison.readEntities(project);
        try (DriftCheck check = DriftCheck.start(project, drift, shadowed());
             Database database = SchemaComparison.open(project, shadowed(), shadowUrl, this::warn)) {
            comparison = SchemaComparison.compare(project, database, entities, Renames.none(), DdlForm.LOCK_SAFE);
            found = check.compare(project, comparison, err(), style());
            printNotices(project);
            comparison.printUnmanaged(err());
            if (comparison.plan().isEmpty() && found.map(d -> !d.found()).orElse(true)) {
                out().println("No changes: the entities and the database at head agree.");
                DriftReport.printClean(out(), check, found);
                return 0;
            }
        }
        if (!comparison.plan().isEmpty()) {
            out().println("Pending changes; run 'autogen revision -m \"...\"' to generate a migration for them:");
            for (Change change : comparison.plan().upgrade()) {
                out().println("  " + VisibleText.oneLine(change.operation().describe()));
            }
        }
        found.filter(DriftCheck.Drift::found).ifPresent(drift -> DriftReport.printForCheck(out(), drift,
                project.graph().isEmpty(), comparison.plan().isEmpty()));
        return 1;
    }

    /** Whether the comparison is with a shadow database: {@code --shadow}, or {@code --shadow-url}. */
    private boolean shadowed() {
        return shadow || shadowUrl != null;
    }
}
