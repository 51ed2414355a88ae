package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.progress.ProgressSink;
import dev.autogen.runtime.progress.ProgressTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Renders operations to SQL and runs the statements in order, reporting which one failed. */
final class StatementRunner {
    private static final Logger LOG = LoggerFactory.getLogger(StatementRunner.class);
    private static final int STATEMENT_CHARS = 60;

    private StatementRunner() {
    }

    /** The statements of the operations, in order. */
    static List<String> statements(SqlDialect dialect, List<MigrationOperation> operations) {
        List<String> statements = new ArrayList<>();
        for (MigrationOperation operation : operations) {
            statements.addAll(dialect.toSql(operation));
        }
        return statements;
    }

    /**
     * Runs the statements; throws {@link FailedStatement} naming the first that fails, or naming none
     * when no statement could be opened. Closing the statement afterwards cannot fail the run.
     */
    static void run(Connection connection, String revision, List<String> statements) throws FailedStatement {
        run(connection, revision, statements, ProgressSink.silent());
    }

    /**
     * As {@link #run(Connection, String, List)}, each statement a task on {@code progress}, which
     * shows the revision and the statement in one line once it has run long.
     */
    static void run(Connection connection, String revision, List<String> statements, ProgressSink progress)
            throws FailedStatement {
        Statement statement;
        try {
            statement = connection.createStatement();
        } catch (SQLException e) {
            throw new FailedStatement(0, "(opening a statement)", e);
        }
        try {
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                LOG.debug("{}: {}", revision, sql);
                try (ProgressTask task = progress.begin(label(revision, sql))) {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new FailedStatement(i, sql, e);
                }
            }
        } finally {
            closeQuietly(statement);
        }
    }

    /** {@code 20240101_000003: UPDATE customer SET …}: the revision and the statement, in one short line. */
    static String label(String revision, String sql) {
        String line = VisibleText.oneLine(sql.replaceAll("\\s+", " ").strip());
        return revision + ": " + (line.length() <= STATEMENT_CHARS ? line : line.substring(0, STATEMENT_CHARS - 1) + "…");
    }

    private static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            LOG.debug("Could not close the statement of a migration", e);
        }
    }

    /** A statement that failed: its position (0-based), its SQL and the database's error. */
    static final class FailedStatement extends Exception {
        private static final long serialVersionUID = 1L;

        private final int index;
        private final String sql;

        FailedStatement(int index, String sql, SQLException cause) {
            super(cause.getMessage(), cause);
            this.index = index;
            this.sql = sql;
        }

        int index() {
            return index;
        }

        SQLException sqlException() {
            return (SQLException) getCause();
        }

        String sql() {
            return sql;
        }
    }
}
