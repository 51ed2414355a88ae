package dev.autogen.runtime;

import dev.autogen.runtime.dialect.LockAnalysis;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.dialect.SessionControl;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.history.AdvisoryLock;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.testing.LendingDataSource;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The running lock's connection is kept off server-side preparing the way the migration's dialect says. */
@Tag("postgres")
class RunningGuardDialectTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass();

    @Test
    void theGuardAsksTheDialectToAvoidServerPrepareAndPutsItBack() throws SQLException {
        List<String> calls = new ArrayList<>();
        try (Connection pooled = db.connect(); Connection migrating = db.connect()) {
            pooled.unwrap(PGConnection.class).setPrepareThreshold(5);

            RunningGuard guard = RunningGuard.hold(LendingDataSource.lending(() -> pooled), migrating,
                    lock(migrating), recording(calls));
            assertEquals(List.of("avoid"), calls);
            assertEquals(5, pooled.unwrap(PGConnection.class).getPrepareThreshold());
            guard.close();

            assertEquals(List.of("avoid", "restore"), calls);
        }
    }

    private static AdvisoryLock lock(Connection connection) throws SQLException {
        return new AdvisoryLock(HistoryLocation.resolve(connection, "autogen_history"), "autogen_history",
                Duration.ofSeconds(5));
    }

    /** A dialect whose sessions record being kept off server-side preparing, and change nothing. */
    private static SqlDialect recording(List<String> calls) {
        SqlDialect postgres = new PostgresDialect();
        return new SqlDialect() {
            @Override
            public List<String> toSql(MigrationOperation operation) {
                return postgres.toSql(operation);
            }

            @Override
            public LockAnalysis lockAnalysis() {
                return postgres.lockAnalysis();
            }

            @Override
            public String name() {
                return "recording";
            }

            @Override
            public SessionControl sessionControl() {
                return new SessionControl() {
                    @Override
                    public Runnable avoidServerPrepare(Connection connection) {
                        calls.add("avoid");
                        return () -> calls.add("restore");
                    }
                };
            }
        };
    }
}
