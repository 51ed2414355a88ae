package dev.autogen.cli;

import dev.autogen.runtime.Plural;
import dev.autogen.diff.DdlForm;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.diff.Renames;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.diff.UnmanagedIndex;
import dev.autogen.diff.UnmanagedView;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.BackgroundTask;
import dev.autogen.schema.SchemaModel;
import dev.autogen.runtime.deploy.TerminalStyle;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drift: the live database compared with the schema its migrations produce. The shadow database
 * starts on a thread of its own while the entities are compared with the live database; then the
 * migrations are replayed into it, under the live database's current schema so that names mean the
 * same in both, and the two schemas are compared. A schema that exists in one and not the other
 * (one a DBA created for the tables) is no drift; what is in it is. Nor is an index left alone
 * (see {@link UnmanagedIndex}): one the entity model cannot express is no drift even on a table the
 * entities drop. Whether it runs follows
 * {@link DriftMode}: with {@code auto}, only against a configured database and a history of at most
 * {@link #AUTO_LIMIT} migrations, where the replay costs little next to starting the shadow.
 */
final class DriftCheck implements AutoCloseable {
    /** The most migrations {@code --drift=auto} replays. */
    static final int AUTO_LIMIT = 300;

    private final DriftMode mode;
    private final int migrations;
    private final String notice;
    private BackgroundTask<Replay> replay;

    private DriftCheck(DriftMode mode, int migrations, String notice, BackgroundTask<Replay> replay) {
        this.mode = mode;
        this.migrations = migrations;
        this.notice = notice;
        this.replay = replay;
    }

    /**
     * Starts the replay, unless the mode says to skip it: without a configured database (the embedded
     * one changes only through autogen), or when the compared database is the shadow itself.
     */
    static DriftCheck start(Project project, DriftMode mode, boolean shadowCompared) {
        int count = project.graph().ordered().size();
        boolean skipped = shadowCompared || mode == DriftMode.NEVER
                || mode == DriftMode.AUTO && (!project.hasConfiguredDatabase() || count > AUTO_LIMIT);
        if (skipped) {
            String notice = !shadowCompared && mode == DriftMode.AUTO && project.hasConfiguredDatabase()
                    ? count + " migrations, more than --drift=auto replays (" + AUTO_LIMIT + ")" : null;
            return new DriftCheck(mode, count, notice, null);
        }
        long started = System.nanoTime();
        return new DriftCheck(mode, count, null, BackgroundTask.start("autogen-drift-shadow",
                () -> new Replay(project.scratchDatabases().reusedShadow(project.settings()), started)));
    }

    /**
     * The drift of the compared database, or empty when the check did not run. With {@code auto} a
     * shadow that fails to start is a warning on {@code err}, not a failure.
     */
    Optional<Drift> compare(Project project, SchemaComparison.Comparison live, PrintWriter err, TerminalStyle style) {
        if (replay == null) {
            return Optional.empty();
        }
        Database shadow = null;
        try {
            Replay done = replay.join();
            shadow = done.shadow();
            shadow.useCurrentSchema(live.currentSchema());
            project.migrator(shadow).upgrade("heads");
            SchemaModel produced = SchemaComparison.schemaOf(project, shadow, live.schemas());
            Set<String> schemas = new TreeSet<>(live.current().schemas());
            schemas.addAll(produced.schemas());
            List<UnmanagedIndex> leftAlone = new ArrayList<>(live.unmanaged());
            leftAlone.addAll(UnmanagedIndex.of(produced, live.current()));
            return Optional.of(new Drift(SchemaDiff.compare(UnmanagedIndex.without(live.current(), leftAlone)
                            .withSchemas(schemas),
                    UnmanagedView.without(produced, live.unmanagedViews()).withSchemas(schemas), Renames.none(),
                    DdlForm.LOCK_SAFE, Set.of(), project.dialect().comparisonRules(),
                    project.dialect().columnChangeForm()), migrations, Duration.ofNanos(System.nanoTime() - done.started())));
        } catch (AutogenException e) {
            if (mode == DriftMode.ALWAYS) {
                throw e;
            }
            err.println(style.warning("warning:") + " the drift check did not run: " + e.getMessage());
            return Optional.empty();
        } finally {
            replay = null;
            if (shadow != null) {
                shadow.close();
            }
        }
    }

    /** Why the check did not run, where that is worth saying (a history too long for auto), else {@code null}. */
    String notice() {
        return notice;
    }

    /** Stops a shadow that was started but not compared, as when the command failed first. */
    @Override
    public void close() {
        if (replay != null) {
            try {
                replay.join().shadow().close();
            } catch (RuntimeException ignored) {
                // the command's own failure is the one to report
            } finally {
                replay = null;
            }
        }
    }

    private record Replay(Database shadow, long started) {
    }

    /**
     * What the live database has that its migrations do not make, or lacks that they make.
     *
     * @param plan       the operations that bring the migrations' schema to the live one
     * @param migrations how many migrations were replayed
     * @param took       how long starting the shadow, replaying and reading it took
     */
    record Drift(MigrationPlan plan, int migrations, Duration took) {
        /** Whether the live database differs from its migrations. */
        boolean found() {
            return !plan.isEmpty();
        }

        /** How the check ran, for people. */
        String cost() {
            return "replayed " + Plural.of(migrations, "migration") + " into the shadow database in "
                    + String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
        }
    }
}
