package dev.autogen.bench.live;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.OperationRecorder;
import dev.autogen.runtime.dialect.PlannedStatement;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.ops.MigrationOperation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a migration's upgrade as the runtime runs a stepped one: the statements of PostgreSQL's plan
 * of its operations in units, a unit ending after a {@code COMMIT_AFTER} statement, an
 * {@code OUTSIDE_TRANSACTION} statement in autocommit on its own. With a DDL lock timeout, every unit
 * transaction starts with {@code SET LOCAL lock_timeout} and runs again after a lock timeout, as
 * autogen's runtime does; without one, it runs as the plain runtime does. The SQL is the dialect's
 * own, so it is the SQL the runtime runs.
 */
final class PlanRunner {
    private static final PostgresDialect DIALECT = new PostgresDialect();
    private static final int RETRIES = 5;

    private final Duration lockTimeout;
    private int retries;

    /** Runs with the DDL lock timeout, or without one when {@code null}. */
    PlanRunner(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /** The planned statements of the migration's upgrade, in order. */
    static List<PlannedStatement> plan(Migration migration) {
        List<PlannedStatement> plan = new ArrayList<>();
        for (MigrationOperation operation : OperationRecorder.upgradeOf(migration)) {
            plan.addAll(DIALECT.plan(operation));
        }
        return plan;
    }

    /** How many unit transactions ran again after a lock timeout. */
    int retries() {
        return retries;
    }

    /** Runs the plan on the connection, which is in autocommit mode and is left so. */
    void run(Connection connection, List<PlannedStatement> plan) throws SQLException, InterruptedException {
        List<String> unit = new ArrayList<>();
        for (PlannedStatement statement : plan) {
            if (statement.execution() == PlannedStatement.Execution.OUTSIDE_TRANSACTION) {
                runUnit(connection, unit);
                try (Statement outside = connection.createStatement()) {
                    outside.execute(statement.sql());
                }
                continue;
            }
            unit.add(statement.sql());
            if (statement.execution() == PlannedStatement.Execution.COMMIT_AFTER) {
                runUnit(connection, unit);
            }
        }
        runUnit(connection, unit);
    }

    private void runUnit(Connection connection, List<String> unit) throws SQLException, InterruptedException {
        if (unit.isEmpty()) {
            return;
        }
        for (int attempt = 0; ; attempt++) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (lockTimeout != null) {
                    statement.execute("SET LOCAL lock_timeout = '" + lockTimeout.toMillis() + "ms'");
                }
                for (String sql : unit) {
                    statement.execute(sql);
                }
                connection.commit();
                break;
            } catch (SQLException e) {
                connection.rollback();
                if (lockTimeout == null || !"55P03".equals(e.getSQLState()) || attempt == RETRIES) {
                    throw e;
                }
                retries++;
                Thread.sleep(1000L << attempt);
            } finally {
                connection.setAutoCommit(true);
            }
        }
        unit.clear();
    }
}
