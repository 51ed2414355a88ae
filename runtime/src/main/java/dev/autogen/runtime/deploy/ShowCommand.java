package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.graph.MigrationPlanner;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.dialect.LockAnalysis;
import dev.autogen.runtime.ops.MigrationOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Set;

/**
 * {@code show REV}: one revision's operations, {@code head} included, each with the lock it takes,
 * whether it scans or rewrites, and the live row count of its table when a configured database
 * answers; needs no database.
 */
@Command(name = "show", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", footer = {"  ${PARENT-COMMAND-NAME} show head", "  ${PARENT-COMMAND-NAME} show 3fa2"},
        description = "Show one revision: its parents, message and operations.")
public final class ShowCommand extends DeployCommand {
    @Parameters(index = "0", description = "A revision id or unique prefix, or head for the single head.")
    String revision;

    /** The command over the host's environment. */
    public ShowCommand(CommandExtension extension) {
        super(extension);
    }

    @Override
    public Integer call() {
        DeployEnvironment environment = environment();
        RevisionGraph graph = environment.offlineMigrator().graph();
        String id = "head".equals(revision) ? new MigrationPlanner(graph, Set.of()).singleHead() : graph.resolve(revision);
        ResolvedMigration migration = graph.get(id);
        Migration instance = migration.factory().get();
        out().println("Revision: " + migration.id());
        out().println("Parents:  " + (migration.parents().isEmpty() ? "<base>" : String.join(", ", migration.parents())));
        out().println("Message:  " + VisibleText.oneLine(migration.message()));
        out().println("File:     " + migration.origin());
        if (!migration.transactional()) {
            out().println("Runs outside a transaction.");
        }
        LockAnalysis analysis = environment.offlineMigrator().dialect().lockAnalysis();
        List<MigrationOperation> upgrade = migration.upgradeOperations(instance);
        List<MigrationOperation> downgrade = migration.downgradeOperations(instance);
        List<LockSummary> summaries = LockReviews.summaries(environment, analysis, List.of(
                analysis.analyse(RecordedOldTypes.fill(upgrade, downgrade), migration.transactional()),
                analysis.analyse(RecordedOldTypes.fill(downgrade, upgrade), migration.transactional())));
        out().println("Upgrade:");
        summaries.get(0).lines("  ").forEach(out()::println);
        out().println("Downgrade:");
        summaries.get(1).lines("  ").forEach(out()::println);
        return 0;
    }
}
