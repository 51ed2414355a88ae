package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.MigrationOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs the SQL of a migration's operations and names the failing statement when one fails. */
final class StatementRunner {
    private static final Logger LOG = LoggerFactory.getLogger(StatementRunner.class);

    private final SqlDialect dialect;
    private final ResolvedMigration migration;

    StatementRunner(SqlDialect dialect, ResolvedMigration migration) {
        this.dialect = dialect;
        this.migration = migration;
    }

    void run(Connection connection, List<MigrationOperation> operations) {
        try (Statement statement = connection.createStatement()) {
            for (MigrationOperation operation : operations) {
                for (String sql : dialect.toSql(operation)) {
                    LOG.debug("{}: {}", migration.id(), sql);
                    try {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        throw new AutogenException(ErrorCode.MIGRATION_FAILED, "Migration " + migration.id() + " ("
                                + migration.origin() + ") failed and was rolled back; nothing of it was applied."
                                + " Failing statement: " + sql + "\nDatabase said: " + e.getMessage()
                                + "\nFix the migration, then run upgrade again.", e);
                    }
                }
            }
        } catch (SQLException e) {
            throw new AutogenException(ErrorCode.DATABASE_ERROR, "Database error while running " + migration.id()
                    + ": " + e.getMessage(), e);
        }
    }
}
