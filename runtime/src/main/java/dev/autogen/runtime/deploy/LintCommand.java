package dev.autogen.runtime.deploy;

import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.dialect.LockAnalysis;
import dev.autogen.runtime.dialect.LockVerdict;
import dev.autogen.runtime.dialect.MigrationLocks;
import dev.autogen.runtime.dialect.OperationLocks;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.MigrationOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code lint [REV…]}: the lock review of existing migrations, generated or hand-written. For each
 * revision's upgrade it prints one line per operation with its lock, work and row count, and fails
 * with {@link ErrorCode#UNREVIEWED_LOCKS} when a risky or unrecognised operation has no
 * {@code // REVIEW:} note in the source; needs no database (row counts only when one answers).
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Show what each migration's upgrade locks, and fail (exit 22) when a risky operation has no"
                + " // REVIEW: note.")
public final class LintCommand extends DeployCommand {
    @Parameters(arity = "0..*", paramLabel = "REV", description = "Revision ids or unique prefixes (default: all revisions).")
    List<String> revisions = new ArrayList<>();

    /** The command over the host's environment. */
    public LintCommand(CommandExtension extension) {
        super(extension);
    }

    @Override
    public Integer call() {
        DeployEnvironment environment = environment();
        RevisionGraph graph = environment.offlineMigrator().graph();
        LockAnalysis analysis = environment.offlineMigrator().dialect().lockAnalysis();
        List<ResolvedMigration> migrations = selected(graph);
        List<List<MigrationOperation>> operations = new ArrayList<>();
        List<MigrationLocks> locks = new ArrayList<>();
        for (ResolvedMigration migration : migrations) {
            Migration instance = migration.factory().get();
            List<MigrationOperation> upgrade = migration.upgradeOperations(instance);
            operations.add(upgrade);
            locks.add(analysis.analyse(upgrade, migration.transactional()));
        }
        List<LockSummary> summaries = LockReviews.summaries(environment, analysis, locks);
        int unreviewed = 0;
        for (int i = 0; i < migrations.size(); i++) {
            unreviewed += print(environment, migrations.get(i), operations.get(i).size(), summaries.get(i));
        }
        if (unreviewed > 0) {
            out().println(unreviewed + " risky or unrecognised operation(s) without a // REVIEW: note. Make each one"
                    + " safe, or review it and put a // REVIEW: comment that says why it is acceptable on the line right"
                    + " above its op. call (see docs/locks.md).");
            return ErrorCode.UNREVIEWED_LOCKS.exitCode();
        }
        out().println("No risky operation without a // REVIEW: note in " + migrations.size() + " revision(s).");
        return 0;
    }

    private List<ResolvedMigration> selected(RevisionGraph graph) {
        if (revisions.isEmpty()) {
            return graph.ordered();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String revision : revisions) {
            ids.add(graph.resolve(revision));
        }
        return graph.ordered().stream().filter(m -> ids.contains(m.id())).toList();
    }

    /** Prints one revision's review; returns how many of its operations need a note and have none. */
    private int print(DeployEnvironment environment, ResolvedMigration migration, int operations, LockSummary summary) {
        ReviewNotes notes = environment.sourceOf(migration).map(source -> ReviewNotes.of(source, operations))
                .orElseGet(ReviewNotes::withoutSource);
        out().println(migration.id() + " " + VisibleText.oneLine(migration.message()) + " (" + migration.origin() + ")");
        List<OperationLocks> analysed = summary.locks().operations();
        List<List<String>> cells = new ArrayList<>();
        List<List<String>> reasons = new ArrayList<>();
        int unreviewed = 0;
        List<List<String>> summaryCells = summary.cells();
        for (int i = 0; i < analysed.size(); i++) {
            List<String> line = new ArrayList<>(summaryCells.get(i));
            boolean needsNote = analysed.get(i).verdict() != LockVerdict.SAFE;
            if (needsNote && notes.isNoted(i)) {
                line.add("reviewed");
                reasons.add(List.of());
            } else if (needsNote) {
                line.add("NO REVIEW NOTE");
                reasons.add(analysed.get(i).reasons());
                unreviewed++;
            } else {
                line.add("");
                reasons.add(List.of());
            }
            cells.add(line);
        }
        List<String> lines = LockSummary.align(cells, "  ");
        for (int i = 0; i < lines.size(); i++) {
            out().println(lines.get(i));
            for (String reason : reasons.get(i)) {
                out().println("      " + VisibleText.oneLine(reason));
            }
        }
        if (analysed.isEmpty()) {
            out().println("  (no operations)");
        }
        if (unreviewed > 0 && notes.problem() != null) {
            out().println("  Notes not read: " + notes.problem() + ".");
        }
        return unreviewed;
    }
}
