package dev.autogen.cli;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.MigrationOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autogen show REV}: one revision's operations; needs no database. */
@Command(name = "show", description = "Show one revision: its parents, message and operations.")
final class ShowCommand extends ProjectCommand {
    @Parameters(index = "0", description = "A revision id or unique prefix.")
    String revision;

    @Override
    public Integer call() {
        var graph = project().graph();
        ResolvedMigration migration = graph.get(graph.resolve(revision));
        Migration instance = migration.factory().get();
        out().println("Revision: " + migration.id());
        out().println("Parents:  " + (migration.parents().isEmpty() ? "<base>" : String.join(", ", migration.parents())));
        out().println("Message:  " + migration.message());
        out().println("File:     " + migration.origin());
        out().println("Upgrade:");
        for (MigrationOperation operation : migration.upgradeOperations(instance)) {
            out().println("  " + operation.describe());
        }
        out().println("Downgrade:");
        for (MigrationOperation operation : migration.downgradeOperations(instance)) {
            out().println("  " + operation.describe());
        }
        return 0;
    }
}
