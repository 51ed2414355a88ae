package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.JdbcUrls;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.Plural;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.UrlDataSource;
import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.history.DatabaseErrors;
import dev.autogen.runtime.progress.ProgressSink;
import dev.autogen.runtime.progress.ProgressTask;
import picocli.CommandLine;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one deploy action on every schema of {@code --each-schema}, every database of {@code --each-url},
 * or with both every matching schema of every listed database, at most {@code --parallel} at a time
 * and never over more connections than that, each over its own migrator, so each has its own history
 * table and lock. A failure is reported and the others still run; the per-target report and a summary
 * go to standard output, and once the run takes longer than about two seconds its progress,
 * {@code [37/100] tenant_037 upgraded}, to the command's progress sink on standard error.
 */
public final class FleetRun {
    private static final String AVAILABLE_CONNECTIONS = "SELECT current_setting('max_connections')::int"
            + " - current_setting('superuser_reserved_connections')::int"
            + " - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')";

    private final CommandLine commandLine;
    private final FleetOptions options;
    private final ProgressSink progress;
    private final PrintWriter out;
    private final PrintWriter err;

    /** A run of a command's options, its progress on the command's sink. */
    public FleetRun(CommandLine commandLine, FleetOptions options) {
        this(commandLine, options, CommandProgress.current());
    }

    FleetRun(CommandLine commandLine, FleetOptions options, ProgressSink progress) {
        this.commandLine = commandLine;
        this.options = options;
        this.progress = progress;
        this.out = commandLine.getOut();
        this.err = commandLine.getErr();
    }

    /**
     * Runs the action, which says in a few words what it did, on every target.
     *
     * @param environment the host's environment
     * @param verb        the past participle for the summary, such as {@code upgraded}
     * @param action      the work on one target's migrator
     * @return the exit code, 0 when every target succeeded
     * @throws AutogenException {@link ErrorCode#FLEET_FAILED} after the report when any target failed
     */
    int run(DeployEnvironment environment, String verb, Function<Migrator, String> action) {
        return runWork(environment, verb, session -> (dataSource, name, mask) ->
                FleetResult.done(action.apply(session.migrators().apply(dataSource))));
    }

    /**
     * Runs {@code check}-like work on every target: 0 when every target is clean, 1 when some have
     * changes pending and none failed.
     *
     * @param environment the host's environment
     * @param work        the work on one target
     * @return 0 or 1
     * @throws AutogenException {@link ErrorCode#FLEET_FAILED} after the report when any target failed
     */
    public int check(DeployEnvironment environment, FleetWork work) {
        return runWork(environment, "checked", session -> work);
    }

    private int runWork(DeployEnvironment environment, String verb,
                        Function<DeployEnvironment.FleetSession, FleetWork> work) {
        if (options.parallel() < 1) {
            throw usage("--parallel must be 1 or more, not " + options.parallel() + ".");
        }
        SchemaPattern pattern = pattern();
        try (DeployEnvironment.FleetSession session = environment.openFleet()) {
            List<FleetTarget> targets;
            int parallel;
            SqlDialect dialect = session.dialect();
            try (Connection connection = session.dataSource().getConnection()) {
                targets = options.eachUrl() == null
                        ? schemas(session.dataSource(), connection, session.description(), pattern, dialect)
                        : urls(session, pattern, dialect);
                parallel = capped(connection, Math.min(options.parallel(), targets.size()));
            } catch (SQLException e) {
                throw DatabaseErrors.connectionFailed(e, session.description(), null, SecretMask.patternsOnly());
            }
            List<FleetOutcome> outcomes = runAll(session, targets, parallel, verb, work.apply(session));
            return report(outcomes, verb);
        }
    }

    private SchemaPattern pattern() {
        try {
            return options.eachSchema() == null ? null : SchemaPattern.parse(options.eachSchema());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private List<FleetTarget> schemas(DataSource base, Connection connection, String description, SchemaPattern pattern,
                                      SqlDialect dialect) throws SQLException {
        List<String> names;
        try {
            names = pattern.schemas(connection, description);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return names.stream().map(name -> new FleetTarget(name, new SchemaDataSource(base, name, dialect), null))
                .toList();
    }

    private List<FleetTarget> urls(DeployEnvironment.FleetSession session, SchemaPattern pattern, SqlDialect dialect) {
        if (!(session.dataSource() instanceof UrlDataSource base)) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "--each-url needs a database given by URL; this one is "
                    + session.description() + ".");
        }
        Path file = session.workingDirectory().resolve(options.eachUrl());
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "Cannot read the --each-url file " + file + ": " + e.getMessage()
                    + ". Give a file with one JDBC URL per line.");
        }
        SecretMask mask = base.mask();
        List<FleetTarget> targets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String url = lines.get(i).strip();
            if (url.isEmpty() || url.startsWith("#")) {
                continue;
            }
            String name = mask.apply(DatabaseErrors.maskUrl(url));
            try {
                JdbcUrls.requireSupported(url);
            } catch (AutogenException e) {
                targets.add(new FleetTarget(name, null, file.getFileName() + " line " + (i + 1) + ": "
                        + VisibleText.oneLine(mask.apply(e.getMessage()))));
                continue;
            }
            UrlDataSource database = base.withUrl(url);
            targets.addAll(pattern == null ? List.of(new FleetTarget(name, database, null))
                    : schemasOf(database, name, pattern, dialect));
        }
        if (targets.isEmpty()) {
            throw usage("The --each-url file " + file + " lists no URL. Put one JDBC URL per line.");
        }
        return targets;
    }

    /** The matching schemas of one listed database, each named {@code schema (url)}; or that database as failed. */
    private List<FleetTarget> schemasOf(UrlDataSource database, String name, SchemaPattern pattern,
                                         SqlDialect dialect) {
        try (Connection connection = database.getConnection()) {
            return pattern.schemas(connection, name).stream()
                    .map(schema -> new FleetTarget(schema + " (" + name + ")", new SchemaDataSource(database, schema, dialect), null))
                    .toList();
        } catch (SQLException e) {
            return List.of(new FleetTarget(name, null, VisibleText.oneLine(database.mask().apply(
                    DatabaseErrors.connectionFailed(e, name, database.user(), database.mask()).getMessage()))));
        } catch (IllegalArgumentException e) {
            return List.of(new FleetTarget(name, null, VisibleText.oneLine(e.getMessage())));
        }
    }

    private int capped(Connection connection, int wanted) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(AVAILABLE_CONNECTIONS)) {
            row.next();
            int available = row.getInt(1);
            if (wanted > Math.max(1, available)) {
                err.println("note: --parallel " + wanted + " capped at " + Math.max(1, available) + ": the server has "
                        + Plural.of(Math.max(0, available), "connection") + " available (max_connections minus"
                        + " superuser_reserved_connections minus those in use).");
                return Math.max(1, available);
            }
            return wanted;
        }
    }

    private List<FleetOutcome> runAll(DeployEnvironment.FleetSession session, List<FleetTarget> targets, int parallel,
                                      String verb, FleetWork work) {
        AtomicInteger finished = new AtomicInteger();
        ConnectionBudget budget = new ConnectionBudget(parallel);
        SecretMask mask = session.dataSource() instanceof UrlDataSource url ? url.mask() : SecretMask.patternsOnly();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try (ProgressTask task = progress.begin("[0/" + targets.size() + "] none " + verb + " yet")) {
            List<Future<FleetOutcome>> futures = new ArrayList<>();
            for (FleetTarget target : targets) {
                futures.add(pool.submit(() -> {
                    FleetOutcome outcome = runOne(target, budget, work, mask);
                    task.update(progressLabel(finished.incrementAndGet(), targets.size(), outcome, verb));
                    return outcome;
                }));
            }
            List<FleetOutcome> outcomes = new ArrayList<>();
            for (Future<FleetOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException(ErrorCode.INTERNAL, "Interrupted while running on many schemas.", e);
        } catch (ExecutionException e) {
            throw new AutogenException(ErrorCode.INTERNAL, "A schema run failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code [37/100] tenant_037 upgraded}, or {@code failed}, or {@code checked: pending}. */
    static String progressLabel(int done, int total, FleetOutcome outcome, String verb) {
        return "[" + done + "/" + total + "] " + outcome.target() + " "
                + (outcome.failed() ? "failed" : outcome.isPending() ? verb + ": pending" : verb);
    }

    private static FleetOutcome runOne(FleetTarget target, ConnectionBudget budget, FleetWork work, SecretMask mask) {
        long started = System.nanoTime();
        if (target.problem() != null) {
            return new FleetOutcome(target.name(), null, target.problem(), 0);
        }
        try {
            FleetResult result = CommandProgress.forTarget(target.name(),
                    () -> work.run(budget.limit(target.dataSource()), target.name(), mask));
            return new FleetOutcome(target.name(), result.detail(), null, elapsedMs(started), result.pending());
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return new FleetOutcome(target.name(), null, VisibleText.oneLine(mask.apply(message)), elapsedMs(started));
        }
    }

    private int report(List<FleetOutcome> outcomes, String verb) {
        int width = outcomes.stream().mapToInt(outcome -> outcome.target().length()).max().orElse(0);
        outcomes.forEach(outcome -> outcome.lines(width).forEach(out::println));
        String kind = kind();
        List<String> failed = outcomes.stream().filter(FleetOutcome::failed).map(FleetOutcome::target).toList();
        long pending = outcomes.stream().filter(FleetOutcome::isPending).count();
        long total = outcomes.stream().mapToLong(FleetOutcome::elapsedMs).sum();
        out.println(capitalized(verb) + " " + (outcomes.size() - failed.size()) + " of " + Plural.of(outcomes.size(), kind)
                + (pending == 0 ? "" : "; " + pending + " with changes pending")
                + (failed.isEmpty() ? "" : "; " + failed.size() + " failed") + " (" + total + " ms of work).");
        out.flush();
        if (!failed.isEmpty()) {
            throw new AutogenException(ErrorCode.FLEET_FAILED, Plural.of(failed.size(), kind) + " failed: "
                    + String.join(", ", failed) + "; the others were " + verb + ". Fix the failure shown in the report"
                    + " and run the command again: what succeeded is not run twice.");
        }
        return pending == 0 ? 0 : 1;
    }

    private String kind() {
        return options.eachSchema() != null ? "schema" : "database";
    }

    private static String capitalized(String verb) {
        return Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(commandLine, message);
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
