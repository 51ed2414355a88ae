package dev.autogen.runtime;

import dev.autogen.runtime.history.AdvisoryLock;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.testing.LendingDataSource;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The running lock's connection goes back to the pool as it came, also when ending its transaction fails. */
@Tag("postgres")
class RunningGuardTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass();

    @Test
    void aFailedRollbackStillRestoresThePrepareThresholdAndTheAutocommitMode() throws SQLException {
        try (Connection pooled = db.connect(); Connection migrating = db.connect()) {
            int threshold = pooled.unwrap(PGConnection.class).getPrepareThreshold();

            RunningGuard.hold(pooledBy(pooled, true), migrating, lock(migrating)).close();

            assertEquals(threshold, pooled.unwrap(PGConnection.class).getPrepareThreshold());
            assertTrue(pooled.getAutoCommit());
        }
    }

    @Test
    void aConnectionThatCameOutOfAutocommitGoesBackSo() throws SQLException {
        try (Connection pooled = db.connect(); Connection migrating = db.connect()) {
            pooled.setAutoCommit(false);

            RunningGuard guard = RunningGuard.hold(pooledBy(pooled, false), migrating, lock(migrating));
            assertTrue(guard.holding());
            guard.close();

            assertFalse(pooled.getAutoCommit());
        }
    }

    private static AdvisoryLock lock(Connection connection) throws SQLException {
        return new AdvisoryLock(HistoryLocation.resolve(connection, "autogen_history"), "autogen_history",
                Duration.ofSeconds(5));
    }

    /** A data source that lends the connection, keeps it open on close, and whose rollback fails when asked. */
    private static DataSource pooledBy(Connection connection, boolean failingRollback) {
        Connection lent = LendingDataSource.wrap(connection, (method, args, proceed) -> {
            if (method.getName().equals("close")) {
                connection.rollback();
                return null;
            }
            if (failingRollback && method.getName().equals("rollback")) {
                throw new SQLException("the pool's proxy refused the rollback");
            }
            return proceed.call();
        });
        return LendingDataSource.lending(() -> lent);
    }
}
