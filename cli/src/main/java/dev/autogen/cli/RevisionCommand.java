package dev.autogen.cli;

import dev.autogen.diff.Change;
import dev.autogen.diff.DdlForm;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.diff.Renames;
import dev.autogen.runtime.BackgroundTask;
import dev.autogen.runtime.deploy.LockSummary;
import dev.autogen.runtime.dialect.MigrationLocks;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.schema.SchemaModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code autogen revision -m MSG}: generates a migration from the difference between entities and database. */
@Command(name = "revision", mixinStandardHelpOptions = true, description = "Generate a migration from the difference between the entities and the database at head.")
final class RevisionCommand extends ProjectCommand {
    @Option(names = {"-m", "--message"}, required = true, description = "What the migration does, e.g. \"add due date\".")
    String message;

    @Option(names = "--empty", description = "Write a blank migration to fill in by hand; needs no database.")
    boolean empty;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "Confirm a rename instead of a drop and an add,"
            + " keeping the data: table.old=new for a column, old=new for a table. Repeatable.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--plain-ddl", description = "Write the plain DDL that Hibernate would write instead of the"
            + " lock-safe forms (CONCURRENTLY, NOT VALID + VALIDATE, NOT NULL through a check) for changes to existing"
            + " tables. Also plain-ddl=true in autogen.properties.")
    boolean plainDdl;

    @Option(names = "--shadow", description = "Diff against a throwaway embedded PostgreSQL with all migrations replayed,"
            + " instead of the configured database.")
    boolean shadow;

    @Override
    public Integer call() {
        RevisionMessage.check(spec, message);
        Project project = project();
        try (RevisionLock lock = RevisionLock.acquire(project.migrationsDir(), err())) {
            return generate(project);
        }
    }

    /** Generates the revision; runs under the folder's lock, so the graph read here is the latest. */
    private int generate(Project project) {
        RevisionGraph graph = project.graph();
        List<String> parents = SchemaComparison.parentsForNewRevision(graph);
        MigrationPlan plan;
        RevisionWarnings warnings;
        if (empty) {
            plan = new MigrationPlan(List.of());
            warnings = RevisionWarnings.of(plan);
        } else {
            Renames confirmed = Renames.of(renames);
            ConsoleRenameQuestion question = ConsoleRenameQuestion.onTerminal();
            printSettingsSources(project);
            BackgroundTask<SchemaModel> entities = SchemaComparison.readEntities(project);
            try (Database database = SchemaComparison.open(project, shadow)) {
                plan = SchemaComparison.plan(project, database, entities,
                        question == null ? confirmed : confirmed.askingWith(question),
                        plainDdl ? DdlForm.PLAIN : DdlForm.LOCK_SAFE);
                warnings = shadow ? RevisionWarnings.of(plan)
                        : RevisionWarnings.counted(plan, database, locks(project, plan).existingTables());
            }
            printNotices(project);
            if (plan.isEmpty()) {
                out().println("No changes detected: the entities and the database agree. Nothing written.");
                return 0;
            }
        }
        Path file = RevisionFiles.write(project, graph, parents, message, plan);
        out().println("Generated " + project.settings().workingDirectory().relativize(file));
        new LockSummary(locks(project, plan), warnings.rowCounts(), false).lines("  ").forEach(out()::println);
        warnings.print(err());
        return 0;
    }

    /** What the upgrade's operations lock, as the configured dialect runs them. */
    private static MigrationLocks locks(Project project, MigrationPlan plan) {
        return project.offlineMigrator().dialect().lockAnalysis()
                .analyse(plan.upgrade().stream().map(Change::operation).toList(), true);
    }
}
