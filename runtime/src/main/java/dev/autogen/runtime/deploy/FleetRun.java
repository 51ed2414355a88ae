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
import picocli.CommandLine;

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
 * Runs one deploy action on every schema of {@code --each-schema} or database of {@code --each-url},
 * at most {@code --parallel} at a time and never over more connections than that, each over its own
 * migrator, so each has its own history table and lock. A failure is reported and the others still run; the per-target report and a summary go
 * to standard output, a progress line per finished target to standard error once the run takes
 * longer than about two seconds.
 */
final class FleetRun {
    private static final long PROGRESS_AFTER_MS = 2000;
    private static final String AVAILABLE_CONNECTIONS = "SELECT current_setting('max_connections')::int"
            + " - current_setting('superuser_reserved_connections')::int"
            + " - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')";

    private final CommandLine commandLine;
    private final FleetOptions options;
    private final PrintWriter out;
    private final PrintWriter err;

    FleetRun(CommandLine commandLine, FleetOptions options) {
        this.commandLine = commandLine;
        this.options = options;
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
        if (options.eachSchema() != null && options.eachUrl() != null) {
            throw usage("Give either --each-schema or --each-url, not both.");
        }
        if (options.parallel() < 1) {
            throw usage("--parallel must be 1 or more, not " + options.parallel() + ".");
        }
        try (DeployEnvironment.FleetSession session = environment.openFleet()) {
            List<FleetTarget> targets;
            int parallel;
            try (Connection connection = session.dataSource().getConnection()) {
                targets = options.eachSchema() != null ? schemas(session, connection) : urls(session);
                parallel = capped(connection, Math.min(options.parallel(), targets.size()));
            } catch (SQLException e) {
                throw DatabaseErrors.connectionFailed(e, session.description(), null, SecretMask.patternsOnly());
            }
            List<FleetOutcome> outcomes = runAll(session, targets, parallel, action);
            return report(outcomes, verb);
        }
    }

    private List<FleetTarget> schemas(DeployEnvironment.FleetSession session, Connection connection) throws SQLException {
        List<String> names;
        try {
            names = SchemaPattern.parse(options.eachSchema()).schemas(connection, session.description());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        SqlDialect dialect = session.migrators().apply(session.dataSource()).dialect();
        return names.stream().map(name -> new FleetTarget(name, new SchemaDataSource(session.dataSource(), name, dialect),
                null)).toList();
    }

    private List<FleetTarget> urls(DeployEnvironment.FleetSession session) {
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
                targets.add(new FleetTarget(name, base.withUrl(url), null));
            } catch (AutogenException e) {
                targets.add(new FleetTarget(name, null, file.getFileName() + " line " + (i + 1) + ": "
                        + VisibleText.oneLine(mask.apply(e.getMessage()))));
            }
        }
        if (targets.isEmpty()) {
            throw usage("The --each-url file " + file + " lists no URL. Put one JDBC URL per line.");
        }
        return targets;
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
                                      Function<Migrator, String> action) {
        long started = System.nanoTime();
        AtomicInteger finished = new AtomicInteger();
        ConnectionBudget budget = new ConnectionBudget(parallel);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<FleetOutcome>> futures = new ArrayList<>();
            for (FleetTarget target : targets) {
                futures.add(pool.submit(() -> {
                    FleetOutcome outcome = runOne(session, target, budget, action);
                    progress(finished.incrementAndGet(), targets.size(), outcome, started);
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

    private static FleetOutcome runOne(DeployEnvironment.FleetSession session, FleetTarget target,
                                       ConnectionBudget budget, Function<Migrator, String> action) {
        long started = System.nanoTime();
        if (target.problem() != null) {
            return new FleetOutcome(target.name(), null, target.problem(), 0);
        }
        try {
            String detail = action.apply(session.migrators().apply(budget.limit(target.dataSource())));
            return new FleetOutcome(target.name(), detail, null, elapsedMs(started));
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return new FleetOutcome(target.name(), null, VisibleText.oneLine(message), elapsedMs(started));
        }
    }

    private synchronized void progress(int done, int total, FleetOutcome outcome, long started) {
        if (elapsedMs(started) > PROGRESS_AFTER_MS) {
            err.println("[" + done + "/" + total + "] " + outcome.target() + (outcome.failed() ? " failed" : " done"));
            err.flush();
        }
    }

    private int report(List<FleetOutcome> outcomes, String verb) {
        int width = outcomes.stream().mapToInt(outcome -> outcome.target().length()).max().orElse(0);
        outcomes.forEach(outcome -> out.println(outcome.line(width)));
        String kind = options.eachSchema() != null ? "schema" : "database";
        List<String> failed = outcomes.stream().filter(FleetOutcome::failed).map(FleetOutcome::target).toList();
        long total = outcomes.stream().mapToLong(FleetOutcome::elapsedMs).sum();
        out.println(capitalized(verb) + " " + (outcomes.size() - failed.size()) + " of " + Plural.of(outcomes.size(), kind)
                + (failed.isEmpty() ? "" : "; " + failed.size() + " failed") + " (" + total + " ms of work).");
        out.flush();
        if (!failed.isEmpty()) {
            throw new AutogenException(ErrorCode.FLEET_FAILED, Plural.of(failed.size(), kind) + " failed: "
                    + String.join(", ", failed) + "; the others were " + verb + ". Fix the failure shown in the report"
                    + " and run the command again: what succeeded is not run twice.");
        }
        return 0;
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
