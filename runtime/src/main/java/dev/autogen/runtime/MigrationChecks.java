package dev.autogen.runtime;

import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.ResolvedMigration;

import java.util.List;
import java.util.Optional;

/**
 * What a migration must satisfy before any of it runs, online or in an offline script: a message the
 * history table can store, and, when it runs in one transaction, no statement that ends that
 * transaction (which would commit half of the migration). Every rendered statement is checked, so
 * a {@code COMMIT} smuggled into a check or default expression is caught as well as one in
 * {@code execute()}.
 */
final class MigrationChecks {
    private MigrationChecks() {
    }

    /** Throws when the upgrade of the migration must not run; nothing has run yet. */
    static void beforeUpgrade(ResolvedMigration migration, List<String> statements) {
        int length = HistoryTable.descriptionLength(migration.message());
        if (length > HistoryTable.DESCRIPTION_LENGTH) {
            throw new AutogenException(ErrorCode.MIGRATION_FAILED, "The message of migration " + migration.id() + " ("
                    + migration.origin() + ") has " + length + " characters; the history table stores at most "
                    + HistoryTable.DESCRIPTION_LENGTH + ". Nothing of it was applied. Shorten the message in its"
                    + " @Revision annotation, then run the command again.");
        }
        refuseTransactionControl(migration, statements, "upgrade");
    }

    /** Throws when the downgrade of the migration must not run; nothing has run yet. */
    static void beforeDowngrade(ResolvedMigration migration, List<String> statements) {
        refuseTransactionControl(migration, statements, "downgrade");
    }

    private static void refuseTransactionControl(ResolvedMigration migration, List<String> statements,
                                                 String direction) {
        if (!migration.transactional()) {
            return;
        }
        for (String sql : statements) {
            Optional<String> statement = TransactionControl.find(sql);
            if (statement.isPresent()) {
                throw new AutogenException(ErrorCode.MIGRATION_FAILED, "Migration " + migration.id() + " ("
                        + migration.origin() + ") runs in one transaction, but its " + direction + "() would run '"
                        + statement.get() + "', which ends that transaction and leaves part of the migration"
                        + " committed. Nothing of it was run. Remove that statement (autogen commits the migration"
                        + " itself), or move the SQL to a revision with @Revision(transactional = false).");
            }
        }
    }
}
