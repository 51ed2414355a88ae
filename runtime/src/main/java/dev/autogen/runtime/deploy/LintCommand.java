package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Plural;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.LockAnalysis;
import dev.autogen.runtime.dialect.MigrationLocks;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.MigrationOperation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code lint [REV…]}: the lock review of existing migrations, generated or hand-written. For each
 * revision's upgrade it prints one line per operation with its lock, work and row count, and fails
 * with {@link ErrorCode#UNREVIEWED_LOCKS} when a risky or unrecognised operation has no
 * {@code // REVIEW:} note in the source; needs no database (row counts only when one answers).
 */
@Command(name = "lint", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", footer = {"  ${PARENT-COMMAND-NAME} lint", "  ${PARENT-COMMAND-NAME} lint --format json"},
        description = "Show what each migration's upgrade locks, and fail (exit 23) when a risky operation has no"
                + " // REVIEW: note.")
public final class LintCommand extends DeployCommand {
    @Parameters(arity = "0..*", paramLabel = "REV", description = "Revision ids or unique prefixes (default: all revisions).")
    List<String> revisions = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json: one JSON object with every"
            + " revision, operation and statement.")
    String format = "text";

    /** The command over the host's environment. */
    public LintCommand(CommandExtension extension) {
        super(extension);
    }

    @Override
    public Integer call() {
        boolean json = "json".equalsIgnoreCase(format);
        if (!json && !"text".equalsIgnoreCase(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown --format '" + format
                    + "': use text or json.");
        }
        DeployEnvironment environment = environment();
        RevisionGraph graph = environment.offlineMigrator().graph();
        LockAnalysis analysis = environment.offlineMigrator().dialect().lockAnalysis();
        List<ResolvedMigration> migrations = selected(graph);
        List<Integer> counts = new ArrayList<>();
        List<MigrationLocks> locks = new ArrayList<>();
        for (ResolvedMigration migration : migrations) {
            List<MigrationOperation> upgrade = migration.upgradeOperations(migration.factory().get());
            counts.add(upgrade.size());
            locks.add(analysis.analyse(RecordedOldTypes.fill(upgrade, downgradeOf(migration)), migration.transactional()));
        }
        List<LockSummary> summaries = LockReviews.summaries(environment, analysis, locks);
        List<LintedRevision> linted = new ArrayList<>();
        for (int i = 0; i < migrations.size(); i++) {
            int operations = counts.get(i);
            ReviewNotes notes = environment.sourceOf(migrations.get(i)).map(source -> ReviewNotes.of(source, operations))
                    .orElseGet(ReviewNotes::withoutSource);
            linted.add(new LintedRevision(migrations.get(i), summaries.get(i), notes));
        }
        int unreviewed = linted.stream().mapToInt(LintedRevision::unreviewedCount).sum();
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("unreviewed", unreviewed);
            report.put("revisions", linted.stream().map(LintedRevision::json).toList());
            out().println(JsonText.of(report));
        } else {
            linted.forEach(revision -> revision.lines().forEach(out()::println));
            out().println(unreviewed > 0 ? Plural.of(unreviewed, "risky or unrecognised operation", "risky or unrecognised operations") + " without a // REVIEW: note."
                    + " Make each one safe, or review it and put a // REVIEW: comment that says why it is acceptable on"
                    + " the line right above its op. call (see docs/locks.md)."
                    : "No risky operation without a // REVIEW: note in " + Plural.of(migrations.size(), "revision") + ".");
        }
        return unreviewed > 0 ? ErrorCode.UNREVIEWED_LOCKS.exitCode() : 0;
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

    private static List<MigrationOperation> downgradeOf(ResolvedMigration migration) {
        try {
            return migration.downgradeOperations(migration.factory().get());
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
