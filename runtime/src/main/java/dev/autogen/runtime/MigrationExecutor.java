package dev.autogen.runtime;

import dev.autogen.runtime.dialect.ErrorClassifier;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.graph.Squashes;
import dev.autogen.runtime.dialect.MigrationLock;
import dev.autogen.runtime.history.HistoryEntry;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.history.StepProgress;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.load.SourceDigests;
import dev.autogen.runtime.progress.ProgressSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies or undoes one migration and records it, under the migration lock, after checking again
 * under that lock that it is still to do: a migration another deploy did meanwhile is skipped.
 *
 * <p>A transactional migration runs with its lock, check and history change in one transaction, so
 * a failure or a lost connection leaves nothing of it behind. A non-transactional one is first
 * recorded as incomplete and committed, then its statements run one by one in autocommit, then it
 * is recorded as done: a failure or a crash at any point leaves it recorded as incomplete, and it
 * never runs again silently. While it runs, a {@link RunningGuard} makes other deploys wait for it
 * rather than report it as incomplete. Every transaction runs through {@link LockRetry}, which bounds
 * its lock waits and runs it again when a statement runs into that bound. Each migration ends by restoring the session settings captured before
 * the first one, so none sees what another one {@code SET}.
 *
 * <p>A <em>stepped</em> migration, one whose plan has lock-safe steps that commit on their own or run
 * outside a transaction ({@link SteppedPlan}), is recorded as under way with its progress, then runs
 * unit by unit under the running lock: each unit that runs in a transaction commits together with the
 * progress it makes, and a statement outside a transaction runs in autocommit and is recorded right
 * after. The next run in the same direction resumes after the last recorded unit, as long as the
 * migration still renders the same statements. Every transaction of a migration goes through
 * {@link #migrationTransaction}.
 */
final class MigrationExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationExecutor.class);

    private final SqlDialect dialect;
    private final ErrorClassifier errors;
    private final HistoryTable history;
    private final MigrationLock lock;
    private final SessionSettings session;
    private final DataSource dataSource;
    private final LockRetry lockRetry;
    private final ConcurrentIndexes concurrentIndexes;
    private final ProgressSink progress;
    private final Squashes squashes;

    /**
     * An executor that takes the lock on the migrating connection, a second connection from the data
     * source for the running lock, and runs each migration transaction through {@code lockRetry}.
     */
    MigrationExecutor(SqlDialect dialect, HistoryTable history, MigrationLock lock, SessionSettings session,
                      DataSource dataSource, LockRetry lockRetry) {
        this(dialect, history, lock, session, dataSource, lockRetry, ProgressSink.silent(), Squashes.none());
    }

    /** As the other constructor, showing a statement that runs long on {@code progress}. */
    MigrationExecutor(SqlDialect dialect, HistoryTable history, MigrationLock lock, SessionSettings session,
                      DataSource dataSource, LockRetry lockRetry, ProgressSink progress) {
        this(dialect, history, lock, session, dataSource, lockRetry, progress, Squashes.none());
    }

    /** As the other constructors, for a revision graph with squashed revisions. */
    MigrationExecutor(SqlDialect dialect, HistoryTable history, MigrationLock lock, SessionSettings session,
                      DataSource dataSource, LockRetry lockRetry, ProgressSink progress, Squashes squashes) {
        this.progress = progress;
        this.squashes = squashes;
        this.dataSource = dataSource;
        this.lockRetry = lockRetry;
        this.dialect = dialect;
        this.errors = dialect.errors();
        this.history = history;
        this.lock = lock;
        this.session = session;
        this.concurrentIndexes = new ConcurrentIndexes(dialect);
    }

    /** Applies the migration; empty when another deploy applied it meanwhile. */
    Optional<MigrationResult.Step> apply(Connection connection, ResolvedMigration migration, Migration instance)
            throws SQLException {
        SteppedPlan plan = SteppedPlan.of(dialect, migration.upgradeOperations(instance));
        List<String> statements = plan.statements();
        MigrationChecks.beforeUpgrade(migration, statements);
        String checksum = Checksums.ofStatements(statements);
        Attempt attempt = new Attempt(migration, statements, MigrationResult.Direction.UPGRADE, errors);
        LOG.info("Applying {} ({})", migration.id(), migration.message());
        long started = System.nanoTime();
        if (migration.transactional() && plan.stepped()) {
            boolean ran = stepped(connection, attempt, plan, checksum,
                    transaction -> history.insert(transaction, entry(migration, checksum, 0, false,
                            new StepProgress(0, checksum, CompletedPrefix.checksum(statements, 0)))),
                    transaction -> {
                        history.delete(transaction, migration.id());
                        history.insert(transaction, entry(migration, checksum, elapsedMs(started), true));
                    });
            return finished(attempt, ran, started, "Applied");
        }
        boolean ran = transactional(migration)
                ? inTransaction(connection, attempt,
                        transaction -> history.insert(transaction, entry(migration, checksum, elapsedMs(started), true)))
                : outsideTransaction(connection, attempt,
                        transaction -> history.insert(transaction, entry(migration, checksum, 0, false)),
                        transaction -> {
                            history.delete(transaction, migration.id());
                            history.insert(transaction, entry(migration, checksum, elapsedMs(started), true));
                        });
        return finished(attempt, ran, started, "Applied");
    }

    /** Undoes the migration; empty when another deploy undid it meanwhile. */
    Optional<MigrationResult.Step> undo(Connection connection, ResolvedMigration migration, Migration instance)
            throws SQLException {
        SteppedPlan plan = SteppedPlan.of(dialect, migration.downgradeOperations(instance));
        List<String> statements = plan.statements();
        MigrationChecks.beforeDowngrade(migration, statements);
        Attempt attempt = new Attempt(migration, statements, MigrationResult.Direction.DOWNGRADE, errors);
        LOG.info("Undoing {} ({})", migration.id(), migration.message());
        long started = System.nanoTime();
        if (migration.transactional() && plan.stepped()) {
            String statementsChecksum = Checksums.ofStatements(statements);
            boolean ran = stepped(connection, attempt, plan, statementsChecksum,
                    transaction -> {
                        forget(transaction, migration);
                        history.insert(transaction, entry(migration, null, 0, false,
                                new StepProgress(0, statementsChecksum, CompletedPrefix.checksum(statements, 0))));
                    },
                    transaction -> forget(transaction, migration));
            return finished(attempt, ran, started, "Undid");
        }
        boolean ran = transactional(migration)
                ? inTransaction(connection, attempt, transaction -> forget(transaction, migration))
                : outsideTransaction(connection, attempt,
                        transaction -> {
                            forget(transaction, migration);
                            history.insert(transaction, entry(migration, null, 0, false));
                        },
                        transaction -> forget(transaction, migration));
        return finished(attempt, ran, started, "Undid");
    }

    /**
     * Whether the migration runs in one transaction: it asks to, and the dialect's DDL is transactional.
     * On a database whose every DDL statement commits on its own, the dialect plans each statement as a
     * step that commits after it, so the migration runs stepped, its progress recorded after each
     * statement; only a plan without steps runs as a migration declared {@code transactional = false}
     * does, recorded as incomplete until its last statement ran.
     */
    private boolean transactional(ResolvedMigration migration) {
        return migration.transactional() && dialect.capabilities().transactionalDdl();
    }

    /** Deletes the record of an undone migration, and for a squashed revision those of the revisions it replaces. */
    private void forget(Connection transaction, ResolvedMigration migration) throws SQLException {
        history.delete(transaction, migration.id());
        for (String replaced : squashes.replacedBy(migration.id())) {
            history.delete(transaction, replaced);
        }
    }

    private Optional<MigrationResult.Step> finished(Attempt attempt, boolean ran, long started, String verb) {
        ResolvedMigration migration = attempt.migration();
        if (!ran) {
            LOG.info("Skipped {}: another deploy did it meanwhile", migration.id());
            return Optional.empty();
        }
        long executionMs = elapsedMs(started);
        LOG.info("{} {} in {} ms", verb, migration.id(), executionMs);
        return Optional.of(new MigrationResult.Step(migration.id(), migration.message(), executionMs));
    }

    private boolean inTransaction(Connection connection, Attempt attempt, HistoryChange record) throws SQLException {
        try {
            return underLock(connection, attempt, false, null, transaction -> {
                try {
                    StatementRunner.run(transaction, attempt.migration().id(), attempt.statements(), progress);
                } catch (StatementRunner.FailedStatement failure) {
                    lockRetry.rethrowIfTimedOut(failure);
                    throw errors.isConnectionLost(failure.sqlException())
                            ? attempt.lostInTransaction(failure.index(), failure.sqlException())
                            : attempt.failedInTransaction(failure);
                }
                session.restore(transaction);
                record.run(transaction);
            }).toDo();
        } catch (SQLException e) {
            if (errors.isConnectionLost(e)) {
                throw attempt.lostInTransaction(-1, e);
            }
            throw e;
        }
    }

    private boolean outsideTransaction(Connection connection, Attempt attempt, HistoryChange recordStart,
                                       HistoryChange recordEnd) throws SQLException {
        try (RunningGuard guard = guard(connection, attempt)) {
            try {
                if (!underLock(connection, attempt, guard.holding(), null, recordStart).toDo()) {
                    return false;
                }
            } catch (SQLException e) {
                if (errors.isConnectionLost(e)) {
                    throw attempt.lostBeforeStart(e, history.name());
                }
                throw e;
            }
            try {
                StatementRunner.run(connection, attempt.migration().id(), attempt.statements(), progress);
            } catch (StatementRunner.FailedStatement failure) {
                restoreQuietly(connection);
                throw attempt.failedOutsideTransaction(failure, errors.isConnectionLost(failure.sqlException()),
                        history.name());
            }
            try {
                migrationTransaction(connection, attempt, wholeLock(attempt), transaction -> {
                    lock.acquire(transaction);
                    session.restore(transaction);
                    recordEnd.run(transaction);
                    return null;
                });
            } catch (SQLException | AutogenException e) {
                throw attempt.failedAfterEnd(e, history.name());
            }
            return true;
        }
    }

    /**
     * Runs a stepped migration unit by unit under the running lock, from its start or from where an
     * earlier run's progress says it stopped; returns whether it ran (not done meanwhile by another deploy).
     */
    private boolean stepped(Connection connection, Attempt attempt, SteppedPlan plan, String statementsChecksum,
                            HistoryChange recordStart, HistoryChange recordEnd) throws SQLException {
        try (RunningGuard guard = guard(connection, attempt)) {
            Standing standing;
            try {
                standing = underLock(connection, attempt, guard.holding(), statementsChecksum, recordStart);
            } catch (SQLException e) {
                if (errors.isConnectionLost(e)) {
                    throw attempt.lostBeforeStart(e, history.name());
                }
                throw e;
            }
            if (!standing.toDo()) {
                return false;
            }
            boolean resuming = standing.progress() != null;
            int completed = resuming ? standing.progress().completedStatements() : 0;
            if (resuming) {
                LOG.info("Resuming {} after statement {} of {}, where an earlier run stopped", attempt.migration().id(),
                        completed, plan.size());
            }
            List<SteppedPlan.Unit> units = plan.unitsFrom(completed);
            if (units == null) {
                throw attempt.changedSincePartialRun(standing.resumedFrom(), history.name(), history.sqlName());
            }
            for (int i = 0; i < units.size(); i++) {
                SteppedPlan.Unit unit = units.get(i);
                boolean last = unit.to() == plan.size();
                if (unit.outside()) {
                    runOutside(connection, attempt, plan, unit, resuming && i == 0);
                    try {
                        migrationTransaction(connection, attempt, stepLock(attempt, plan, unit), transaction -> {
                            lock.acquire(transaction);
                            session.restore(transaction);
                            record(transaction, attempt, unit, last, recordEnd);
                            return null;
                        });
                    } catch (SQLException | AutogenException e) {
                        throw attempt.failedAfterStep(plan, unit, e, history.name());
                    }
                } else {
                    runInTransaction(connection, attempt, plan, unit, last, resuming && i == 0, recordEnd);
                }
            }
            return true;
        }
    }

    /**
     * Runs one transaction of a migration: the one of a transactional migration (its statements, its
     * history row), each unit of a stepped one, and the bookkeeping around the others. The migration
     * lock is taken inside the work. Every such transaction goes through here, and so through
     * {@link LockRetry}: its lock waits are bounded, and it runs again after a lock timeout, until
     * {@code gaveUp} makes the error; statements outside a transaction never do.
     */
    private <T> T migrationTransaction(Connection connection, Attempt attempt,
                                       Function<LockContention, AutogenException> gaveUp, Transactions.Work<T> work)
            throws SQLException {
        return lockRetry.inTransaction(connection, attempt.migration().id(), work, gaveUp);
    }

    /** The error for a unit of a stepped migration that could not lock: the units before it stay committed. */
    private Function<LockContention, AutogenException> stepLock(Attempt attempt, SteppedPlan plan, SteppedPlan.Unit unit) {
        return contention -> attempt.stepLockNotGranted(plan, unit, contention, history.name());
    }

    /** The error for a migration transaction that could not lock: nothing of it was applied. */
    private Function<LockContention, AutogenException> wholeLock(Attempt attempt) {
        return contention -> attempt.lockNotGranted(contention, history.name());
    }

    /**
     * Runs a unit of a stepped migration in a transaction that commits with the progress it makes. On
     * a database whose statements commit on their own, the unit's statement may have completed though
     * its progress was not recorded, which the error then says ({@code resumedHere}: this run resumed at it).
     */
    private void runInTransaction(Connection connection, Attempt attempt, SteppedPlan plan, SteppedPlan.Unit unit,
                                  boolean last, boolean resumedHere, HistoryChange recordEnd) throws SQLException {
        try {
            migrationTransaction(connection, attempt, stepLock(attempt, plan, unit), transaction -> {
                lock.acquire(transaction);
                try {
                    StatementRunner.run(transaction, attempt.migration().id(), plan.statements(unit), progress);
                } catch (StatementRunner.FailedStatement failure) {
                    int index = unit.from() + failure.index();
                    lockRetry.rethrowIfTimedOut(new StatementRunner.FailedStatement(index, failure.sql(),
                            failure.sqlException()));
                    throw failedStep(attempt, plan, unit, index, failure.sql(), failure.sqlException(),
                            errors.isConnectionLost(failure.sqlException()), resumedHere);
                }
                session.restore(transaction);
                record(transaction, attempt, unit, last, recordEnd);
                return null;
            });
        } catch (SQLException e) {
            if (errors.isConnectionLost(e)) {
                throw failedStep(attempt, plan, unit, unit.from(), plan.step(unit.from()).sql(), e, true, resumedHere);
            }
            throw e;
        }
    }

    private AutogenException failedStep(Attempt attempt, SteppedPlan plan, SteppedPlan.Unit unit, int index, String sql,
                                        SQLException cause, boolean lost, boolean resumedHere) {
        if (dialect.capabilities().transactionalDdl()) {
            return attempt.failedStep(plan, unit, index, sql, cause, lost, history.name());
        }
        return attempt.failedSelfCommittingStep(plan, index, sql, cause, lost, resumedHere && index == unit.from(),
                history.name(), history.sqlName());
    }

    private void runOutside(Connection connection, Attempt attempt, SteppedPlan plan, SteppedPlan.Unit unit,
                            boolean resuming) {
        SteppedPlan.Step step = plan.step(unit.from());
        String revision = attempt.migration().id();
        try {
            if (!concurrentIndexes.prepare(connection, step, resuming, revision)) {
                return;
            }
            StatementRunner.run(connection, revision, List.of(step.sql()), progress);
        } catch (StatementRunner.FailedStatement failure) {
            restoreQuietly(connection);
            throw attempt.failedStep(plan, unit, unit.from(), step.sql(), failure.sqlException(),
                    errors.isConnectionLost(failure.sqlException()), history.name());
        } catch (SQLException e) {
            restoreQuietly(connection);
            throw attempt.failedStep(plan, unit, unit.from(), step.sql(), e, errors.isConnectionLost(e),
                    history.name());
        }
    }

    /** Records the unit: the migration's end after the last one, otherwise the progress it made. */
    private void record(Connection transaction, Attempt attempt, SteppedPlan.Unit unit, boolean last,
                        HistoryChange recordEnd) throws SQLException {
        if (last) {
            recordEnd.run(transaction);
        } else if (!history.advanceProgress(transaction, attempt.migration().id(), unit.from(), unit.to(),
                CompletedPrefix.checksum(attempt.statements(), unit.to()))) {
            throw attempt.historyMoved("its record of the statements done is not the one this deploy wrote",
                    history.name());
        }
    }

    private RunningGuard guard(Connection connection, Attempt attempt) throws SQLException {
        try {
            return RunningGuard.hold(dataSource, connection, lock, dialect);
        } catch (SQLException e) {
            if (errors.isConnectionLost(e)) {
                throw attempt.lostBeforeStart(e, history.name());
            }
            throw e;
        }
    }

    /**
     * In one transaction under the lock: decides from the history as it is now and, when the
     * migration is still to do, does the work; returns whether it did. When the migration or a parent
     * is recorded as incomplete, waits once for a deploy that runs a migration outside a transaction,
     * then decides again; incomplete still, it fails. When this deploy holds the running lock itself
     * ({@code holdingRunning}), no other deploy can be running one, so it fails without waiting.
     * A stepped migration ({@code statementsChecksum} not {@code null}) recorded as under way in this
     * direction is resumed once no other deploy can be running it: the work (its start record) is then
     * not done again, and the standing carries the progress to resume from.
     */
    private Standing underLock(Connection connection, Attempt attempt, boolean holdingRunning,
                               String statementsChecksum, HistoryChange work) throws SQLException {
        for (boolean waited = false; ; waited = true) {
            boolean mayResume = holdingRunning || waited;
            Standing standing = migrationTransaction(connection, attempt, wholeLock(attempt), transaction -> {
                lock.acquire(transaction);
                Standing found = standing(transaction, attempt, statementsChecksum, mayResume);
                if (found.toDo() && found.progress() == null) {
                    work.run(transaction);
                }
                return found;
            });
            if (standing.incomplete() == null) {
                return standing;
            }
            if (waited || holdingRunning) {
                throw attempt.foundIncomplete(standing.incomplete(), history.name());
            }
            RunningGuard.awaitOthers(connection, lock);
        }
    }

    /** Where the migration stands by the history. Fails when another deploy moved the history so that it cannot run. */
    private Standing standing(Connection connection, Attempt attempt, String statementsChecksum, boolean mayResume)
            throws SQLException {
        Map<String, HistoryEntry> recorded = new LinkedHashMap<>();
        for (HistoryEntry entry : history.readForVerification(connection)) {
            recorded.put(entry.revision(), entry);
        }
        ResolvedMigration migration = attempt.migration();
        HistoryEntry own = recorded.get(migration.id());
        if (own != null && !own.success()) {
            if (own.resumable() && IncompleteAdvice.undoing(own) != (attempt.direction() == MigrationResult.Direction.UPGRADE)) {
                boolean changed = !own.progress().statementsChecksum().equals(statementsChecksum);
                if (changed && !CompletedPrefix.matches(own.progress(), attempt.statements())) {
                    throw attempt.changedSincePartialRun(own, history.name(), history.sqlName());
                }
                if (mayResume) {
                    if (changed) {
                        resumeChanged(connection, attempt, own, statementsChecksum);
                    }
                    return new Standing(true, null, own);
                }
            }
            return new Standing(false, own, null);
        }
        if (attempt.direction() == MigrationResult.Direction.UPGRADE) {
            if (own != null || squashes.holds(recorded.keySet(), migration.id())) {
                return Standing.DONE;
            }
            for (String parent : migration.parents()) {
                HistoryEntry entry = recorded.get(parent);
                if (entry == null && squashes.holds(recorded.keySet(), parent)) {
                    continue;
                }
                if (entry == null) {
                    throw attempt.historyMoved("its parent " + parent + " is not applied any more", history.name());
                }
                if (!entry.success()) {
                    return new Standing(false, entry, null);
                }
            }
            return Standing.TO_DO;
        }
        if (own == null && !squashes.holds(recorded.keySet(), migration.id())) {
            return Standing.DONE;
        }
        Set<String> replaced = squashes.replacedBy(migration.id());
        for (HistoryEntry entry : recorded.values()) {
            if (replaced.contains(entry.revision())) {
                continue;
            }
            if (entry.parents().contains(migration.id()) || entry.parents().stream().anyMatch(replaced::contains)) {
                throw attempt.historyMoved(entry.revision() + ", which builds on it, is applied now", history.name());
            }
        }
        return Standing.TO_DO;
    }

    /**
     * Records the new checksum of a stepped migration under way whose statements past those completed
     * changed, so that it resumes with its new remaining statements.
     */
    private void resumeChanged(Connection connection, Attempt attempt, HistoryEntry own, String statementsChecksum)
            throws SQLException {
        int done = own.progress().completedStatements();
        history.updateStatementsChecksum(connection, own.revision(), statementsChecksum);
        LOG.info("Revision {} changed after its first {} ran; resuming with its new statement {}", own.revision(),
                Plural.of(done, "statement"), done + 1);
    }

    /**
     * Where a migration stands by the history.
     *
     * @param toDo       whether it is to do now: not done yet, and its parents (or, undoing it, none of
     *                   its children) are in place
     * @param incomplete the record, its own or a parent's, that is incomplete and stops it; or {@code null}
     * @param resumedFrom the record of a stepped migration under way, to resume where it stopped; or {@code null}
     */
    private record Standing(boolean toDo, HistoryEntry incomplete, HistoryEntry resumedFrom) {
        static final Standing TO_DO = new Standing(true, null, null);
        static final Standing DONE = new Standing(false, null, null);

        StepProgress progress() {
            return resumedFrom == null ? null : resumedFrom.progress();
        }
    }

    private void restoreQuietly(Connection connection) {
        try {
            if (!connection.isClosed()) {
                session.restore(connection);
            }
        } catch (SQLException e) {
            LOG.debug("Could not restore the session settings after a failed migration", e);
        }
    }

    private static HistoryEntry entry(ResolvedMigration migration, String checksum, long executionMs, boolean success) {
        return entry(migration, checksum, executionMs, success, null);
    }

    private static HistoryEntry entry(ResolvedMigration migration, String checksum, long executionMs, boolean success,
                                      StepProgress progress) {
        return new HistoryEntry(migration.id(), migration.parents(), migration.message(), checksum, null,
                Instant.now(), executionMs, success, SourceDigests.recorded(migration.sourceDigest(), checksum), progress);
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    @FunctionalInterface
    private interface HistoryChange {
        void run(Connection transaction) throws SQLException;
    }
}
