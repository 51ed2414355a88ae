package dev.autogen.cli;

import dev.autogen.diff.Change;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.diff.Renames;
import dev.autogen.runtime.BackgroundTask;
import dev.autogen.runtime.VisibleText;
import dev.autogen.schema.SchemaModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen check}: the CI gate; exit 1 when the entities need a new revision. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Exit 0 when the entities and the database at head agree, 1 when a revision is pending.")
final class CheckCommand extends ProjectCommand {
    @Option(names = "--shadow", description = "Diff against a throwaway embedded PostgreSQL with all migrations replayed;"
            + " needs no database server.")
    boolean shadow;

    @Override
    public Integer call() {
        Project project = project();
        MigrationPlan plan;
        printSettingsSources(project);
        BackgroundTask<SchemaModel> entities = SchemaComparison.readEntities(project);
        try (Database database = SchemaComparison.open(project, shadow)) {
            plan = SchemaComparison.plan(project, database, entities, Renames.none());
        }
        printNotices(project);
        if (plan.isEmpty()) {
            out().println("No changes: the entities and the database at head agree.");
            return 0;
        }
        out().println("Pending changes; run 'autogen revision -m \"...\"' to generate a migration for them:");
        for (Change change : plan.upgrade()) {
            out().println("  " + VisibleText.oneLine(change.operation().describe()));
        }
        return 1;
    }
}
