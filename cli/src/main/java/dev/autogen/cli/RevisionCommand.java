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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code autogen revision -m MSG}: generates a migration from the difference between entities and database. */
@Command(name = "revision", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", footer = {"  ${PARENT-COMMAND-NAME} revision -m \"add due date\"", "  ${PARENT-COMMAND-NAME} revision -m \"rename title\" --rename todo.title=todo.name", "  ${PARENT-COMMAND-NAME} revision -m \"backfill\" --empty"},
        description = "Generate a migration from the difference between the entities and the database at head.")
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

    @Option(names = "--shadow-url", paramLabel = "URL", description = "As --shadow, but replay the migrations into"
            + " the existing, empty database at URL (any user and password in the URL) instead of an embedded server;"
            + " what the replay creates there is dropped afterwards, leaving it empty.")
    String shadowUrl;

    @Option(names = "--drift", paramLabel = "auto|always|never", converter = DriftMode.Converter.class,
            defaultValue = "auto", description = "Also compare the database with what its migrations make; when it has"
            + " changes they do not make, the revision records those, to be stamped. auto (default): against a --url"
            + " database with at most " + DriftCheck.AUTO_LIMIT + " migrations.")
    DriftMode drift;

    @Mixin
    PostWriteHookOption hook;

    @Option(names = "--replace", description = "Rewrite the head revision, which the database has not applied, with"
            + " this run's result under a new id, e.g. to add a --rename after a rename hint; its file is deleted.")
    boolean replace;

    private Path written;

    @Override
    public Integer call() {
        RevisionMessage.check(spec, message);
        Project project = project();
        try (RevisionLock lock = RevisionLock.acquire(project.migrationsDir(), err())) {
            return replace ? replaceHead(project) : generate(project);
        }
    }

    /** Generates the revision in place of the head, which is deleted once the new one is written. */
    private int replaceHead(Project project) {
        try (HeadReplacement replacement = HeadReplacement.setAside(project)) {
            int exit = generate(project());
            if (written != null) {
                replacement.replaced();
                out().println("Replaced revision " + replacement.id() + " ("
                        + project.settings().workingDirectory().relativize(replacement.file()) + ")");
            } else {
                out().println("Kept revision " + replacement.id() + ": nothing was written to replace it.");
            }
            return exit;
        }
    }

    /** Prints the warnings, a rename hint naming the command that confirms the rename. */
    private void print(RevisionWarnings warnings) {
        StringWriter buffer = new StringWriter();
        warnings.print(new PrintWriter(buffer), style());
        err().print(new ReplaceAdvice(spec.root().commandLine().getParseResult().originalArgs())
                .apply(buffer.toString()));
        err().flush();
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
            try (DriftCheck check = DriftCheck.start(project, drift, shadowed());
                 Database database = SchemaComparison.open(project, shadowed(), shadowUrl, this::warn)) {
                SchemaComparison.Comparison comparison = SchemaComparison.compare(project, database, entities,
                        question == null ? confirmed : confirmed.askingWith(question),
                        plainDdl ? DdlForm.PLAIN : DdlForm.LOCK_SAFE);
                Optional<DriftCheck.Drift> found = check.compare(project, comparison, err(), style());
                printNotices(project);
                comparison.printUnmanaged(err());
                if (found.isPresent() && found.get().found()) {
                    return writeDrift(project, graph, parents, found.get(), comparison.plan());
                }
                plan = comparison.plan();
                warnings = shadowed() ? RevisionWarnings.of(plan)
                        : RevisionWarnings.counted(plan, database, locks(project, plan).existingTables(),
                                project.dialect().catalogReader(List.of(), project.historyTable(), database.mask()));
                plan = warnings.plan();
                if (plan.isEmpty()) {
                    out().println("No changes detected: the entities and the database agree. Nothing written.");
                    DriftReport.printClean(out(), check, found);
                    return 0;
                }
            }
        }
        write(project, graph, parents, plan, warnings);
        print(warnings);
        return 0;
    }

    /**
     * Writes the changes the database has and its migrations lack as the new revision, to be stamped
     * there; the entity changes it lacks wait for the next revision.
     */
    private int writeDrift(Project project, RevisionGraph graph, List<String> parents, DriftCheck.Drift drift,
                           MigrationPlan pending) {
        out().println(graph.isEmpty() ? "Adopting the database: its schema, made outside autogen, becomes the first"
                + " revision (" + drift.cost() + ")." : "Drift: the database has changes that its migrations do not"
                + " make (" + drift.cost() + ").");
        RevisionWarnings warnings = RevisionWarnings.of(drift.plan());
        String revision = write(project, graph, parents, drift.plan(), warnings);
        DriftReport.printAfterRevision(out(), revision, pending);
        print(warnings);
        return 0;
    }

    /** Writes the revision and prints its path and operations with the locks they take; returns its id. */
    private String write(Project project, RevisionGraph graph, List<String> parents, MigrationPlan plan,
                         RevisionWarnings warnings) {
        Path file = RevisionFiles.write(project, graph, parents, message, plan);
        written = file;
        out().println("Generated " + project.settings().workingDirectory().relativize(file));
        hook.afterWriting(file, project.settings().workingDirectory(), err());
        new LockSummary(locks(project, plan), warnings.rowCounts(), false).lines("  ", style()).forEach(out()::println);
        return RevisionFiles.idOf(file);
    }

    /** What the upgrade's operations lock, as the configured dialect runs them. */
    private static MigrationLocks locks(Project project, MigrationPlan plan) {
        return project.offlineMigrator().dialect().lockAnalysis()
                .analyse(plan.upgrade().stream().map(Change::operation).toList(), true);
    }

    /** Whether the comparison is with a shadow database: {@code --shadow}, or {@code --shadow-url}. */
    private boolean shadowed() {
        return shadow || shadowUrl != null;
    }
}
