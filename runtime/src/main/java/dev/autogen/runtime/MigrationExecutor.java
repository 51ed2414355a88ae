package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.history.HistoryEntry;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.load.SourceDigests;
import dev.autogen.runtime.ops.MigrationOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Applies or undoes one migration and records it. A transactional migration runs with its history
 * change in one transaction, so a failure leaves nothing behind. A non-transactional one runs
 * statement by statement; a failure half-way is recorded as an incomplete revision.
 */
final class MigrationExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationExecutor.class);

    private final SqlDialect dialect;
    private final HistoryTable history;

    MigrationExecutor(SqlDialect dialect, HistoryTable history) {
        this.dialect = dialect;
        this.history = history;
    }

    MigrationResult.Step apply(Connection connection, ResolvedMigration migration, Migration instance)
            throws SQLException {
        List<MigrationOperation> operations = migration.upgradeOperations(instance);
        List<String> statements = StatementRunner.statements(dialect, operations);
        MigrationChecks.beforeUpgrade(migration, statements);
        String checksum = Checksums.ofStatements(statements);
        LOG.info("Applying {} ({})", migration.id(), migration.message());
        long started = System.nanoTime();
        if (migration.transactional()) {
            inTransaction(connection, migration, statements, "applied", () -> history.insert(connection,
                    entry(migration, checksum, elapsedMs(started), true)));
        } else {
            outsideTransaction(connection, migration, statements, "applying",
                    () -> history.insert(connection, entry(migration, checksum, elapsedMs(started), false)));
            history.insert(connection, entry(migration, checksum, elapsedMs(started), true));
        }
        long executionMs = elapsedMs(started);
        LOG.info("Applied {} in {} ms", migration.id(), executionMs);
        return new MigrationResult.Step(migration.id(), migration.message(), executionMs);
    }

    MigrationResult.Step undo(Connection connection, ResolvedMigration migration, Migration instance)
            throws SQLException {
        List<String> statements = StatementRunner.statements(dialect, migration.downgradeOperations(instance));
        MigrationChecks.beforeDowngrade(migration, statements);
        LOG.info("Undoing {} ({})", migration.id(), migration.message());
        long started = System.nanoTime();
        if (migration.transactional()) {
            inTransaction(connection, migration, statements, "undone", () -> history.delete(connection, migration.id()));
        } else {
            outsideTransaction(connection, migration, statements, "undoing", () -> markIncomplete(connection, migration));
            history.delete(connection, migration.id());
        }
        long executionMs = elapsedMs(started);
        LOG.info("Undid {} in {} ms", migration.id(), executionMs);
        return new MigrationResult.Step(migration.id(), migration.message(), executionMs);
    }

    private void inTransaction(Connection connection, ResolvedMigration migration, List<String> statements,
                               String verb, HistoryChange record) throws SQLException {
        Transactions.run(connection, transaction -> {
            try {
                StatementRunner.run(transaction, migration.id(), statements);
            } catch (StatementRunner.FailedStatement failure) {
                throw new AutogenException(ErrorCode.MIGRATION_FAILED, "Migration " + migration.id() + " ("
                        + migration.origin() + ") failed and was rolled back; nothing of it was " + verb + "."
                        + " Failing statement: " + failure.sql() + "\nDatabase said: " + failure.getMessage()
                        + "\n" + FailureAdvice.of(failure.sqlException()), failure.getCause());
            }
            record.run();
            return null;
        });
    }

    private void outsideTransaction(Connection connection, ResolvedMigration migration, List<String> statements,
                                    String verb, HistoryChange recordIncomplete) throws SQLException {
        connection.setAutoCommit(true);
        try {
            StatementRunner.run(connection, migration.id(), statements);
        } catch (StatementRunner.FailedStatement failure) {
            recordIncomplete.run();
            throw new AutogenException(ErrorCode.MIGRATION_FAILED, "Migration " + migration.id() + " ("
                    + migration.origin() + ") runs outside a transaction and failed while " + verb + " it, at statement "
                    + (failure.index() + 1) + " of " + statements.size() + ": " + failure.sql()
                    + "\nDatabase said: " + failure.getMessage() + "\nThe " + failure.index()
                    + " statement(s) before it stay applied, and " + history.name() + " records " + migration.id()
                    + " as incomplete, so nothing else runs until it is repaired. Finish or undo those statements"
                    + " by hand, then run 'autogen upgrade --repair' to run the migration again, or"
                    + " 'autogen stamp " + migration.id() + "' to record it as applied.", failure.getCause());
        }
    }

    private void markIncomplete(Connection connection, ResolvedMigration migration) throws SQLException {
        history.delete(connection, migration.id());
        history.insert(connection, entry(migration, null, 0, false));
    }

    private static HistoryEntry entry(ResolvedMigration migration, String checksum, long executionMs, boolean success) {
        return new HistoryEntry(migration.id(), migration.parents(), migration.message(), checksum, null,
                Instant.now(), executionMs, success, SourceDigests.recorded(migration.sourceDigest(), checksum));
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    @FunctionalInterface
    private interface HistoryChange {
        void run() throws SQLException;
    }
}
