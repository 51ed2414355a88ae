package dev.autogen.bench.live;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Ddl;
import dev.autogen.runtime.UrlDataSource;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.MigrationOperation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The live-table benchmark (see the package). Builds the two-million-row table once with
 * {@code generate_series}, then for each change and form copies it ({@code CREATE TABLE … AS},
 * primary key, {@code VACUUM ANALYZE}), starts the writer and the reader, runs the change, and
 * records both loops' longest query during it. Results go to {@code live-<time>.md} and {@code .csv}.
 */
public final class LiveTableSuite {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "autogen_bench_live";
    private static final Duration SAFE_LOCK_TIMEOUT = Duration.ofMillis(500);
    private static final PostgresDialect DIALECT = new PostgresDialect();
    private static final long SETTLE_MILLIS = 1000;
    private static final double TARGET_STALL_MS = 300;
    private static final long BASELINE_MILLIS = 5000;

    private final int rows;
    private final int holdSeconds;
    private final int reps;
    private final String url = SERVER + DATABASE;
    private final List<String> csv = new ArrayList<>(List.of("case,form,writer_stall_ms,reader_stall_ms,change_ms,"
            + "writer_failures,retries,outcome"));
    private final StringBuilder kinds = new StringBuilder();
    private final StringBuilder queue = new StringBuilder();

    private LiveTableSuite(int rows, int holdSeconds, int reps) {
        this.rows = rows;
        this.holdSeconds = holdSeconds;
        this.reps = reps;
    }

    /** Runs every case and writes the report under {@code out}; returns the markdown. */
    public static String run(int rows, int holdSeconds, int reps, Path out, String stamp, String machine)
            throws Exception {
        LiveTableSuite suite = new LiveTableSuite(rows, holdSeconds, reps);
        suite.prepare();
        String baseline = suite.baseline();
        suite.kinds.append("| change | writer stall, plain | writer stall, safe | ratio | reader stall, plain"
                + " | reader stall, safe | ratio | change took, plain / safe | target: safe writer stall ≤ 0.3 s and ≥ 5×"
                + " shorter |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (ChangeKind kind : ChangeKind.all(rows)) {
            suite.compare(kind);
        }
        suite.queue.append("| runtime | reader stall | writer stall | outcome |\n|---|---:|---:|---|\n");
        suite.lockQueue("plain runtime (no lock_timeout)", Duration.ZERO, 0);
        suite.lockQueue("autogen default (ddl-lock-timeout 500ms, 5 retries)", SAFE_LOCK_TIMEOUT, 5);
        suite.lockQueue("autogen, ddl-lock-retries 2", SAFE_LOCK_TIMEOUT, 2);
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", null);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
        String report = "# Live-table benchmark " + stamp + "\n\n" + machine + "\n\nTable of " + rows
                + " rows; one writer (update of a random row, insert of a new one, alternating, autocommit) and one"
                + " reader (primary-key lookup) in loops; a stall is the loop's longest query that overlapped the"
                + " change. Every change runs through `Migrator.upgrade()`: the plain DDL with `ddlLockTimeout(0)`"
                + " (the runtime as it was), the lock-safe form as autogen writes it, with the runtime's defaults"
                + " (500 ms DDL lock timeout, 5 retries; stepped units, CONCURRENTLY in autocommit). Figures are"
                + " medians of " + (reps == 1 ? "1 repetition" : reps + " repetitions") + ", plain and safe alternating on fresh copies. " + baseline
                + "\n\n## Change kinds\n\n" + suite.kinds
                + "\n## Lock queue: a read transaction holds the table for " + holdSeconds + " s, then `ALTER TABLE … ADD"
                + " COLUMN` through `Migrator.upgrade()`\n\n" + suite.queue;
        Files.createDirectories(out);
        Files.writeString(out.resolve("live-" + stamp + ".md"), report);
        Files.write(out.resolve("live-" + stamp + ".csv"), suite.csv);
        return report;
    }

    private void prepare() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", null);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        long started = System.nanoTime();
        execute("CREATE TABLE live_parent AS SELECT g AS id FROM generate_series(1, 1000) g",
                "ALTER TABLE live_parent ADD PRIMARY KEY (id)",
                "CREATE TABLE live_base AS SELECT g AS id, g % 1000 + 1 AS account, g % 5000 AS amount, g AS code,"
                        + " g % 1000 + 1 AS ref FROM generate_series(1, " + rows + ") g");
        System.out.printf(Locale.ROOT, "live: %d rows in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
    }

    /** The loops' longest query on a copy while nothing changes, for the machine's own noise. */
    private String baseline() throws Exception {
        String table = copy("live_baseline", List.of());
        Workload workload = Workload.start(url, table, rows);
        Thread.sleep(SETTLE_MILLIS);
        long start = System.nanoTime();
        Thread.sleep(BASELINE_MILLIS);
        long end = System.nanoTime();
        workload.finishAfter(end);
        execute("DROP TABLE " + table);
        String line = String.format(Locale.ROOT, "Baseline, no change for %.0f s: writer stall %s, reader stall %s.",
                BASELINE_MILLIS / 1000.0, ms(workload.writerStall(start, end)), ms(workload.readerStall(start, end)));
        System.out.println("live: " + line);
        return line;
    }

    private String copy(String name, List<String> preparation) throws SQLException {
        execute("DROP TABLE IF EXISTS " + name, "CREATE TABLE " + name + " AS SELECT * FROM live_base",
                "ALTER TABLE " + name + " ADD PRIMARY KEY (id)");
        for (String statement : preparation) {
            execute(String.format(Locale.ROOT, statement, name));
        }
        execute("VACUUM ANALYZE " + name);
        return name;
    }

    private void compare(ChangeKind kind) throws Exception {
        String slug = kind.name().replaceAll("[^a-zA-Z]+", "_").toLowerCase(Locale.ROOT);
        List<Stall> plains = new ArrayList<>();
        List<Stall> safes = new ArrayList<>();
        for (int rep = 0; rep < reps; rep++) {
            plains.add(change(kind, "plain", copy("live_" + slug + "_p", kind.preparation()), false));
            if (kind.safe() != null) {
                safes.add(change(kind, "safe", copy("live_" + slug + "_s", kind.preparation()), true));
            }
        }
        Stall plain = Stall.median(plains);
        Stall safe = safes.isEmpty() ? null : Stall.median(safes);
        String target = safe == null ? "n/a (REVIEW note and warning)"
                : safe.writer <= TARGET_STALL_MS && plain.writer >= 5 * safe.writer ? "met" : "not met";
        kinds.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", kind.name(),
                ms(plain.writer), safe == null ? "no online form" : ms(safe.writer), ratio(plain.writer, safe, true),
                ms(plain.reader), safe == null ? "—" : ms(safe.reader), ratio(plain.reader, safe, false),
                seconds(plain.took) + (safe == null ? "" : " / " + seconds(safe.took)), target));
    }

    private Stall change(ChangeKind kind, String form, String table, boolean safe) throws Exception {
        List<ResolvedMigration> migrations = new ArrayList<>();
        migrations.add(resolved("live_1", List.of(), safe ? kind.safeOn(table) : kind.plainOn(table), true));
        if (safe && kind.followUpOn(table) != null) {
            migrations.add(resolved("live_2", List.of("live_1"), kind.followUpOn(table), false));
        }
        execute("DROP TABLE IF EXISTS autogen_history");
        Migrator migrator = migrator(migrations, safe ? SAFE_LOCK_TIMEOUT : Duration.ZERO, 5);
        Workload workload = Workload.start(url, table, rows);
        long start;
        long end;
        try {
            Thread.sleep(SETTLE_MILLIS);
            start = System.nanoTime();
            migrator.upgrade();
            end = System.nanoTime();
            workload.finishAfter(end);
        } finally {
            workload.close();
        }
        Stall stall = new Stall(workload.writerStall(start, end), workload.readerStall(start, end), (end - start) / 1e6);
        csv.add(String.format(Locale.ROOT, "%s,%s,%.1f,%.1f,%.0f,%d,,ok", kind.name(), form, stall.writer,
                stall.reader, stall.took, workload.failures()));
        System.out.printf(Locale.ROOT, "live: %-18s %-5s writer %8.1f ms  reader %8.1f ms  change %8.0f ms"
                        + "  failures %d%n  %s%n", kind.name(), form, stall.writer, stall.reader, stall.took,
                workload.failures(), migrations.stream().flatMap(m -> plan(m).stream()).limit(6)
                        .collect(Collectors.joining("\n  ")));
        execute("DROP TABLE " + table);
        return stall;
    }

    /** The planned statements of a migration's upgrade, as the PostgreSQL dialect gives them to the runtime. */
    private static List<String> plan(ResolvedMigration migration) {
        List<String> plan = new ArrayList<>();
        for (MigrationOperation operation : migration.upgradeOperations(migration.factory().get())) {
            DIALECT.plan(operation).forEach(statement -> plan.add((migration.transactional()
                    ? statement.execution().toString() : "transactional = false") + ": " + statement.sql()));
        }
        return plan;
    }

    private static ResolvedMigration resolved(String id, List<String> parents, Migration migration,
                                              boolean transactional) {
        return new ResolvedMigration(id, parents, "live-table change", "bench", () -> migration, transactional);
    }

    private Migrator migrator(List<ResolvedMigration> migrations, Duration timeout, int retries) {
        return Migrator.configure().dataSource(new UrlDataSource(url, "postgres", null))
                .migrationSource(() -> migrations).ddlLockTimeout(timeout).ddlLockRetries(retries).load();
    }

    /**
     * A session reads the table in a transaction it keeps open for the hold time; meanwhile the
     * runtime upgrades with one {@code ALTER TABLE … ADD COLUMN}; the reader and the writer loop.
     */
    private void lockQueue(String label, Duration timeout, int retries) throws Exception {
        String table = copy("live_queue", List.of());
        Workload workload;
        long start;
        long end;
        String outcome;
        try (Connection blocker = DriverManager.getConnection(url + "?ApplicationName=monthly-report", "postgres", null)) {
            workload = Workload.start(url, table, rows);
            Thread.sleep(SETTLE_MILLIS);
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.executeQuery("SELECT count(*) FROM " + table).close();
            }
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(holdSeconds * 1000L);
                    blocker.commit();
                } catch (InterruptedException | SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            start = System.nanoTime();
            outcome = upgrade(table, timeout, retries);
            end = System.nanoTime();
            release.join();
            workload.finishAfter(end);
        }
        boolean applied = columnExists(table, "flag");
        double reader = workload.readerStall(start, end);
        double writer = workload.writerStall(start, end);
        String result = outcome + String.format(Locale.ROOT, " after %.1f s; column %s", (end - start) / 1e9,
                applied ? "added" : "not added (nothing applied)");
        queue.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", label, ms(reader), ms(writer), result));
        csv.add(String.format(Locale.ROOT, "lock queue,%s,%.1f,%.1f,%.0f,%d,,%s", label.replace(',', ';'), writer,
                reader, (end - start) / 1e6, workload.failures(), result.replace(',', ';')));
        System.out.printf(Locale.ROOT, "live: lock queue %-50s reader %8.1f ms  writer %8.1f ms  %s%n", label, reader,
                writer, result);
        execute("DROP TABLE " + table);
    }

    private String upgrade(String table, Duration timeout, int retries) {
        Migration addColumn = new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.addColumn(table, Ddl.column("flag", "boolean"));
            }

            @Override
            public void downgrade(Operations op) {
            }
        };
        try {
            execute("DROP TABLE IF EXISTS autogen_history");
            MigrationResult result = migrator(List.of(resolved("live_queue", List.of(), addColumn, true)), timeout,
                    retries).upgrade();
            return "applied " + result.revisions().size() + " revision";
        } catch (AutogenException e) {
            String message = e.getMessage();
            return "failed, exit " + e.code().exitCode() + ": " + message.substring(0, Math.min(message.length(),
                    message.indexOf('.') + 1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean columnExists(String table, String column) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_attribute WHERE attrelid = '" + table
                     + "'::regclass AND attname = '" + column + "' AND NOT attisdropped")) {
            row.next();
            return row.getInt(1) == 1;
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String ms(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
                : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000);
    }

    private static String ratio(double plain, Stall safe, boolean writer) {
        if (safe == null) {
            return "—";
        }
        double value = writer ? safe.writer : safe.reader;
        return String.format(Locale.ROOT, "%.1f×", plain / Math.max(value, 0.1));
    }

    private record Stall(double writer, double reader, double took) {
        /** Each figure's median over the repetitions. */
        static Stall median(List<Stall> stalls) {
            return new Stall(median(stalls, Stall::writer), median(stalls, Stall::reader), median(stalls, Stall::took));
        }

        private static double median(List<Stall> stalls, java.util.function.ToDoubleFunction<Stall> figure) {
            double[] values = stalls.stream().mapToDouble(figure).sorted().toArray();
            int middle = values.length / 2;
            return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        }
    }
}
