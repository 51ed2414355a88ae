package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.graph.MigrationPlanner;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.history.AdvisoryLock;
import dev.autogen.runtime.history.DatabaseErrors;
import dev.autogen.runtime.history.HistoryEntry;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.MigrationClasses;
import dev.autogen.runtime.load.MigrationSource;
import dev.autogen.runtime.load.PackageScanner;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.MigrationOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies and undoes migrations on a database. Configure it once, then call it:
 *
 * <pre>{@code
 * MigrationResult result = Migrator.configure()
 *         .dataSource(dataSource)
 *         .migrationsPackage("com.example.migrations")
 *         .load()
 *         .upgrade();
 * }</pre>
 *
 * <p>Every run takes a PostgreSQL advisory lock, so concurrent deploys apply each migration once;
 * every migration runs in its own transaction and is recorded in the history table in that same
 * transaction, so a failure leaves nothing of it behind.
 */
public final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    private final DataSource dataSource;
    private final MigrationSource source;
    private final HistoryTable history;
    private final Duration lockTimeout;
    private final SqlDialect dialect;
    private RevisionGraph graph;

    private Migrator(Builder builder) {
        this.dataSource = builder.dataSource;
        this.source = builder.source;
        this.history = new HistoryTable(builder.historyTable);
        this.lockTimeout = builder.lockTimeout;
        this.dialect = builder.dialect;
    }

    /** Starts a configuration. */
    public static Builder configure() {
        return new Builder();
    }

    /** The validated revision graph of the configured migrations, loaded on first use. */
    public synchronized RevisionGraph graph() {
        if (graph == null) {
            graph = RevisionGraph.of(source.load());
            if (graph.isEmpty()) {
                LOG.warn("No migrations found; check the migrations package or folder");
            }
        }
        return graph;
    }

    /** Applies every pending migration up to the single head. */
    public MigrationResult upgrade() {
        return upgrade("head");
    }

    /** Applies the pending migrations up to a target: {@code head}, {@code heads}, {@code +N}, or a revision. */
    public MigrationResult upgrade(String target) {
        RevisionGraph revisions = graph();
        return withLock(connection -> {
            long started = System.nanoTime();
            Map<String, HistoryEntry> applied = appliedRevisions(connection, revisions);
            List<ResolvedMigration> plan = new MigrationPlanner(revisions, applied.keySet()).upgrade(target);
            List<Migration> instances = instantiate(plan);
            history.ensureExists(connection);
            List<MigrationResult.Step> steps = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                steps.add(apply(connection, plan.get(i), instances.get(i)));
            }
            if (plan.isEmpty()) {
                LOG.info("Database is up to date; nothing to apply");
            }
            return new MigrationResult(MigrationResult.Direction.UPGRADE, steps, elapsedMs(started));
        });
    }

    /** Undoes applied migrations down to a target: {@code -N}, {@code base}, or an applied revision. */
    public MigrationResult downgrade(String target) {
        RevisionGraph revisions = graph();
        return withLock(connection -> {
            long started = System.nanoTime();
            Map<String, HistoryEntry> applied = appliedRevisions(connection, revisions);
            List<ResolvedMigration> plan = new MigrationPlanner(revisions, applied.keySet()).downgrade(target);
            List<Migration> instances = instantiate(plan);
            List<MigrationResult.Step> steps = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                steps.add(undo(connection, plan.get(i), instances.get(i)));
            }
            return new MigrationResult(MigrationResult.Direction.DOWNGRADE, steps, elapsedMs(started));
        });
    }

    /** The SQL an upgrade to the target would run now, including the history bookkeeping; changes nothing. */
    public String upgradeSql(String target) {
        RevisionGraph revisions = graph();
        return withConnection(connection -> {
            Map<String, HistoryEntry> applied = appliedRevisions(connection, revisions);
            List<ResolvedMigration> plan = new MigrationPlanner(revisions, applied.keySet()).upgrade(target);
            return new SqlScript(dialect, history).upgrade(plan, instantiate(plan), applied.isEmpty());
        });
    }

    /** The SQL a downgrade to the target would run now, including the history bookkeeping; changes nothing. */
    public String downgradeSql(String target) {
        RevisionGraph revisions = graph();
        return withConnection(connection -> {
            Map<String, HistoryEntry> applied = appliedRevisions(connection, revisions);
            List<ResolvedMigration> plan = new MigrationPlanner(revisions, applied.keySet()).downgrade(target);
            return new SqlScript(dialect, history).downgrade(plan, instantiate(plan));
        });
    }

    /** The applied heads: the applied revisions that no other applied revision descends from. */
    public List<String> current() {
        RevisionGraph revisions = graph();
        return withConnection(connection -> {
            Map<String, HistoryEntry> applied = appliedRevisions(connection, revisions);
            return revisions.headsOf(applied.keySet());
        });
    }

    /** Every revision, newest first, with its applied state. */
    public List<RevisionStatus> history() {
        RevisionGraph revisions = graph();
        return withConnection(connection -> {
            Map<String, HistoryEntry> applied = new LinkedHashMap<>();
            for (HistoryEntry entry : history.read(connection)) {
                applied.put(entry.revision(), entry);
            }
            Set<String> heads = new HashSet<>(revisions.heads());
            List<RevisionStatus> statuses = new ArrayList<>();
            for (ResolvedMigration migration : revisions.ordered()) {
                statuses.add(0, new RevisionStatus(migration.id(), migration.parents(), migration.message(),
                        migration.origin(), heads.contains(migration.id()), applied.get(migration.id())));
            }
            return statuses;
        });
    }

    /**
     * Records the database as being at the target ({@code base}, {@code head}, {@code heads} or a
     * revision) without running any migration.
     */
    public List<String> stamp(String target) {
        RevisionGraph revisions = graph();
        return withLock(connection -> {
            Set<String> wanted = switch (target) {
                case "base" -> Set.of();
                case "head" -> revisions.ancestorsInclusive(List.of(new MigrationPlanner(revisions, Set.of()).singleHead()));
                case "heads" -> revisions.ancestorsInclusive(revisions.heads());
                default -> revisions.ancestorsInclusive(List.of(revisions.resolve(target)));
            };
            connection.setAutoCommit(false);
            try {
                history.ensureExists(connection);
                Set<String> present = new HashSet<>();
                for (HistoryEntry entry : history.read(connection)) {
                    present.add(entry.revision());
                    if (!wanted.contains(entry.revision())) {
                        history.delete(connection, entry.revision());
                    }
                }
                for (ResolvedMigration migration : revisions.ordered()) {
                    if (wanted.contains(migration.id()) && !present.contains(migration.id())) {
                        String checksum = Checksums.of(migration.upgradeOperations(migration.factory().get()));
                        history.insert(connection, new HistoryEntry(migration.id(), migration.parents(),
                                migration.message(), checksum, null, Instant.now(), 0, true));
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return revisions.headsOf(wanted);
        });
    }

    private MigrationResult.Step apply(Connection connection, ResolvedMigration migration, Migration instance)
            throws SQLException {
        List<MigrationOperation> operations = migration.upgradeOperations(instance);
        LOG.info("Applying {} ({})", migration.id(), migration.message());
        long started = System.nanoTime();
        connection.setAutoCommit(false);
        try {
            new StatementRunner(dialect, migration).run(connection, operations);
            long executionMs = elapsedMs(started);
            history.insert(connection, new HistoryEntry(migration.id(), migration.parents(), migration.message(),
                    Checksums.of(operations), null, Instant.now(), executionMs, true));
            connection.commit();
            LOG.info("Applied {} in {} ms", migration.id(), executionMs);
            return new MigrationResult.Step(migration.id(), migration.message(), executionMs);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private MigrationResult.Step undo(Connection connection, ResolvedMigration migration, Migration instance)
            throws SQLException {
        List<MigrationOperation> operations = migration.downgradeOperations(instance);
        LOG.info("Undoing {} ({})", migration.id(), migration.message());
        long started = System.nanoTime();
        connection.setAutoCommit(false);
        try {
            new StatementRunner(dialect, migration).run(connection, operations);
            history.delete(connection, migration.id());
            connection.commit();
            long executionMs = elapsedMs(started);
            LOG.info("Undid {} in {} ms", migration.id(), executionMs);
            return new MigrationResult.Step(migration.id(), migration.message(), executionMs);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Map<String, HistoryEntry> appliedRevisions(Connection connection, RevisionGraph revisions)
            throws SQLException {
        Map<String, HistoryEntry> applied = new LinkedHashMap<>();
        for (HistoryEntry entry : history.read(connection)) {
            if (!revisions.contains(entry.revision())) {
                throw new AutogenException(ErrorCode.HISTORY_MISMATCH, "Revision " + entry.revision() + " ("
                        + entry.description() + ") is recorded in " + history.name()
                        + " as applied, but no migration declares it. Restore its migration file, or run"
                        + " 'autogen stamp REV' to record the database at a revision that exists.");
            }
            applied.put(entry.revision(), entry);
        }
        return applied;
    }

    private static List<Migration> instantiate(List<ResolvedMigration> plan) {
        List<Migration> instances = new ArrayList<>(plan.size());
        for (ResolvedMigration migration : plan) {
            instances.add(migration.factory().get());
        }
        return instances;
    }

    private <T> T withLock(ConnectionWork<T> work) {
        return withConnection(connection -> {
            AdvisoryLock lock = new AdvisoryLock(history.name(), lockTimeout);
            lock.acquire(connection);
            try {
                return work.run(connection);
            } finally {
                if (!connection.isClosed()) {
                    lock.release(connection);
                }
            }
        });
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw DatabaseErrors.connectionFailed(e, describe(dataSource), userOf(dataSource));
        }
        try (connection) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new AutogenException(ErrorCode.DATABASE_ERROR, "Database error: " + e.getMessage()
                    + " (SQL state " + e.getSQLState() + ").", e);
        }
    }

    private static String describe(DataSource dataSource) {
        return dataSource instanceof UrlDataSource url ? url.url() : dataSource.getClass().getName();
    }

    private static String userOf(DataSource dataSource) {
        return dataSource instanceof UrlDataSource url ? url.user() : "(from the data source)";
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** The immutable configuration of a {@link Migrator}. */
    public static final class Builder {
        private DataSource dataSource;
        private MigrationSource source;
        private String historyTable = HistoryTable.DEFAULT_NAME;
        private Duration lockTimeout = Duration.ofMinutes(2);
        private SqlDialect dialect = new PostgresDialect();

        private Builder() {
        }

        /** The database to migrate. */
        public Builder dataSource(DataSource value) {
            this.dataSource = Objects.requireNonNull(value, "dataSource");
            return this;
        }

        /** Finds the migration classes in this package on the thread's context class loader. */
        public Builder migrationsPackage(String packageName) {
            return migrationsPackage(packageName, Thread.currentThread().getContextClassLoader());
        }

        /** Finds the migration classes in this package on the given class loader. */
        public Builder migrationsPackage(String packageName, ClassLoader classLoader) {
            this.source = new PackageScanner(classLoader, Objects.requireNonNull(packageName, "packageName"));
            return this;
        }

        /** Uses exactly these migration classes. */
        public Builder migrations(Collection<? extends Class<?>> classes) {
            this.source = new MigrationClasses(classes);
            return this;
        }

        /** Uses any other source of migrations. */
        public Builder migrationSource(MigrationSource value) {
            this.source = Objects.requireNonNull(value, "source");
            return this;
        }

        /** The history table, default {@code autogen_history}; may be schema-qualified. */
        public Builder historyTable(String value) {
            this.historyTable = Objects.requireNonNull(value, "historyTable");
            return this;
        }

        /** How long to wait for another process's migration lock, default two minutes. */
        public Builder lockTimeout(Duration value) {
            this.lockTimeout = Objects.requireNonNull(value, "lockTimeout");
            return this;
        }

        /** The SQL dialect, default PostgreSQL. */
        public Builder dialect(SqlDialect value) {
            this.dialect = Objects.requireNonNull(value, "dialect");
            return this;
        }

        /** Validates the configuration and creates the migrator. */
        public Migrator load() {
            if (dataSource == null) {
                throw new AutogenException(ErrorCode.CONFIGURATION, "Migrator needs a data source: call dataSource(...).");
            }
            if (source == null) {
                throw new AutogenException(ErrorCode.CONFIGURATION,
                        "Migrator needs migrations: call migrationsPackage(...) or migrations(...).");
            }
            return new Migrator(this);
        }
    }
}
