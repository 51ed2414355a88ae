package dev.autogen.bench.child;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Flyway as an application calls it at startup, with Java migrations:
 * {@code Flyway.configure().dataSource(...).locations("classpath:p").load().migrate()}. Arguments:
 * {@code migrate|stamp JDBC_URL PACKAGE COUNT}; {@code stamp} applies the first migration and
 * inserts the history rows of the others directly (the set-up of the no-op figure).
 */
public final class FlywayRuntime {
    private FlywayRuntime() {
    }

    /** Runs the command and reports its time and the number of migrations applied. */
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String url = args[1];
        String packageName = args[2];
        Flyway flyway = Flyway.configure()
                .dataSource(url, "postgres", null)
                .locations("classpath:" + packageName.replace('.', '/'))
                .target(args[0].equals("stamp") ? "1" : "latest")
                .load();
        MigrateResult result = Metrics.time("migrate", flyway::migrate);
        if (args[0].equals("stamp")) {
            stamp(url, packageName, Integer.parseInt(args[3]));
            return;
        }
        Metrics.report("applied", result.migrationsExecuted);
        Metrics.report("total_in_process", Metrics.since(started));
    }

    private static void stamp(String url, String packageName, int count) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) SELECT n, n::text, 'Trivial', 'JDBC', '"
                    + packageName + ".V' || n || '__Trivial', NULL, current_user, 0, true"
                    + " FROM generate_series(2, " + count + ") n");
        }
    }
}
