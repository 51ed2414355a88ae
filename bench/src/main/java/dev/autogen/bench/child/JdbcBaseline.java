package dev.autogen.bench.child;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The floor under both migration tools: the same statements the trivial migrations run, each in
 * its own transaction over one plain JDBC connection, with no bookkeeping. Arguments:
 * {@code JDBC_URL KIND COUNT}, where KIND is {@code select} or {@code ddl}.
 */
public final class JdbcBaseline {
    private JdbcBaseline() {
    }

    /** Runs the statements and reports their time. */
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[2]);
        try (Connection connection = DriverManager.getConnection(args[0], "postgres", null);
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            for (int i = 1; i <= count; i++) {
                statement.execute(TrivialMigrationSql.of(args[1], i));
                connection.commit();
            }
            Metrics.report("statements", Metrics.since(started));
        }
    }
}
