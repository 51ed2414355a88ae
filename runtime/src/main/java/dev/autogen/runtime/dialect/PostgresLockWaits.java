package dev.autogen.runtime.dialect;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * PostgreSQL's {@code lock_timeout}, set with {@code set_config(…, true)} (as {@code SET LOCAL}
 * does), its error {@code 55P03 lock_not_available}, and the blockers from {@code pg_locks},
 * {@code pg_blocking_pids} and {@code pg_stat_activity}.
 */
final class PostgresLockWaits implements LockWaits {
    private static final ErrorClassifier ERRORS = new PostgresErrors();

    @Override
    public String boundForTransaction(Duration timeout) {
        return "SELECT pg_backend_pid(), set_config('lock_timeout', '" + timeout.toMillis() + "ms', true)";
    }

    @Override
    public boolean isLockTimeout(SQLException error) {
        return ERRORS.is(error, ErrorClassifier.Kind.LOCK_NOT_AVAILABLE);
    }

    @Override
    public String timeoutName() {
        return "lock_timeout";
    }

    @Override
    public Optional<String> endSession(int sessionId) {
        return Optional.of("SELECT pg_terminate_backend(" + sessionId + ")");
    }

    @Override
    public Optional<String> blockersHint() {
        return Optional.of("SELECT pid, application_name, state, xact_start, query FROM pg_stat_activity WHERE pid"
                + " = ANY (pg_blocking_pids(<waiting pid>))");
    }

    @Override
    public String blockersQuery() {
        return "SELECT DISTINCT w.relation::regclass::text, b.pid, b.application_name, b.usename::text, b.state,"
                + " floor(extract(epoch FROM now() - b.xact_start))::bigint, b.query"
                + " FROM pg_locks w JOIN pg_stat_activity b ON b.pid = ANY (pg_blocking_pids(w.pid))"
                + " WHERE w.pid = ? AND NOT w.granted ORDER BY 2";
    }
}
