package dev.autogen.runtime;

import dev.autogen.runtime.dialect.MigrationLock;
import dev.autogen.runtime.dialect.SqlDialects;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.graph.MigrationPlanner;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.history.DatabaseErrors;
import dev.autogen.runtime.history.HistoryEntry;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.MigrationClasses;
import dev.autogen.runtime.load.MigrationSource;
import dev.autogen.runtime.load.PackageScanner;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.load.SourceDigests;
import dev.autogen.runtime.progress.ProgressSink;
import dev.autogen.runtime.progress.ProgressTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
 * <p>Every migration runs in its own transaction, under a transaction-scoped PostgreSQL advisory
 * lock keyed by the history table, and is recorded in the history table in that same transaction,
 * so concurrent deploys apply each migration once, a failure leaves nothing of it behind, and no
 * lock outlives its transaction, also through a pooler in transaction mode. A migration declared
 * {@code transactional = false} is recorded as incomplete before its first statement and runs
 * statement by statement, so a failure or a crash half-way leaves it recorded as incomplete.
 * A migration that uses lock-safe forms ({@link Operations#createIndexConcurrently},
 * {@link Operations#validateConstraint}, …) runs in steps that each commit with the progress they
 * make; when one fails, the next upgrade resumes after the last step that committed.
 * Each migration starts from the session settings the connection had before the first one.
 *
 * <p>Without {@link Builder#dialect(SqlDialect)} the dialect is the one of the data source's database,
 * chosen on first use from the JDBC URL its connection reports, else its product name.
 *
 * <p>That is PostgreSQL's way; each dialect gives its own lock ({@link SqlDialect#migrationLock}).
 * On a database whose DDL commits on its own ({@link dev.autogen.runtime.dialect.DialectCapabilities#transactionalDdl}
 * false, such as MariaDB) the dialect plans every statement as a step of its own, so a migration runs
 * stepped, its progress recorded after each statement, and resumes after the last recorded one; its
 * lock belongs to the session, is kept from the first transaction of a command to its end, and is
 * released then on every path ({@link MigrationLock#release}).
 *
 * <p>A migration's transaction bounds its statements' lock waits ({@link Builder#ddlLockTimeout},
 * with {@code SET LOCAL}, so it ends with the transaction), so that an {@code ALTER TABLE} queued
 * behind a long transaction never holds up the table's other users for longer; when it runs out,
 * the transaction is rolled back and run again a few times ({@link Builder#ddlLockRetries}), then
 * fails naming the table and the sessions that held it.
 */
public final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    private final DataSource dataSource;
    private final MigrationSource source;
    private final String historyName;
    private final SqlDialect chosenDialect;
    private final Duration lockTimeout;
    private final boolean verifyChecksums;
    private final Duration ddlLockTimeout;
    private final int ddlLockRetries;
    private final ProgressSink progress;
    private final Map<Connection, MigrationLock> locksHeld = new ConcurrentHashMap<>();
    private volatile Target target;
    private volatile boolean dialectChecked;
    private RevisionGraph graph;

    /** The dialect in force and the history table rendered in it. */
    private record Target(SqlDialect dialect, HistoryTable history) {
        Target(SqlDialect dialect, String historyName) {
            this(dialect, new HistoryTable(historyName, dialect));
        }
    }

    private Migrator(Builder builder) {
        this.dataSource = builder.dataSource;
        this.source = builder.source;
        this.historyName = builder.historyTable;
        this.chosenDialect = builder.dialect;
        this.target = builder.dialect == null ? null : new Target(builder.dialect, builder.historyTable);
        this.lockTimeout = builder.lockTimeout;
        this.verifyChecksums = builder.verifyChecksums;
        this.ddlLockTimeout = builder.ddlLockTimeout;
        this.ddlLockRetries = builder.ddlLockRetries;
        this.progress = builder.progress;
    }

    /** Starts a configuration. */
    public static Builder configure() {
        return new Builder();
    }

    /**
     * The SQL dialect the migrations are rendered in: the one {@linkplain Builder#dialect(SqlDialect) given},
     * else the one of the data source's database, found from a connection on first use.
     */
    public SqlDialect dialect() {
        return target().dialect();
    }

    private HistoryTable historyTable() {
        return target().history();
    }

    /**
     * The target, choosing the dialect when no work has chosen it yet: from the URL of a data source
     * made from one, without connecting, as work that reads no database (offline SQL) needs; else from
     * a connection of its own.
     */
    private Target target() {
        Target known = target;
        if (known != null) {
            return known;
        }
        if (dataSource instanceof UrlDataSource url && SqlDialects.forUrl(url.url()).isPresent()) {
            synchronized (this) {
                if (target == null) {
                    target = new Target(SqlDialects.forUrl(url.url()).orElseThrow(), historyName);
                }
                return target;
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            return resolve(connection);
        } catch (SQLException e) {
            throw DatabaseErrors.connectionFailed(e, describe(dataSource), userOf(dataSource), maskOf(dataSource),
                    provisionalDialect().errors());
        }
    }

    /**
     * The target for work on this connection: the dialect given, once checked against the connection's
     * database, or the one chosen from it, chosen once for every thread.
     */
    private Target resolve(Connection connection) {
        Target known = target;
        if (known == null) {
            DialectDetection.Database database = DialectDetection.of(connection);
            if (!database.identifiable()) {
                return new Target(provisionalDialect(), historyName);
            }
            synchronized (this) {
                if (target == null) {
                    target = new Target(DialectDetection.detect(database), historyName);
                    LOG.debug("Chose the {} dialect from the data source", target.dialect().name());
                }
                return target;
            }
        }
        if (chosenDialect != null && !dialectChecked) {
            DialectDetection.requireMatches(chosenDialect, connection);
            dialectChecked = true;
        }
        return known;
    }

    /** The dialect to explain errors with before a connection could say: the one known, else the URL's. */
    private SqlDialect provisionalDialect() {
        Target known = target;
        if (known != null) {
            return known.dialect();
        }
        return dataSource instanceof UrlDataSource url
                ? SqlDialects.forUrl(url.url()).orElseGet(SqlDialects::reference) : SqlDialects.reference();
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

    /**
     * Applies the pending migrations up to a target: {@code head}, {@code heads}, {@code +N}, or a
     * revision. Refuses before running anything when an applied migration was edited, left incomplete
     * or has no checksum, when the history has a gap, and when a pending migration would create a
     * table, index or sequence that exists already though no applied migration created it.
     */
    public MigrationResult upgrade(String target) {
        Supplier<RevisionGraph> loading = graphWhileConnecting();
        return withConnection(loading, connection -> {
            RevisionGraph revisions = loading.get();
            long started = System.nanoTime();
            MigrationLock lock = lockOf(connection);
            Transactions.run(connection, transaction -> {
                lock.acquire(transaction);
                historyTable().ensureExists(transaction);
                return null;
            });
            AppliedState applied = verifiedState(connection, revisions, lock, MigrationResult.Direction.UPGRADE);
            List<ResolvedMigration> plan = new MigrationPlanner(revisions, applied.revisions()).upgrade(target);
            List<Migration> instances = instantiate(plan);
            refuseRecreating(connection, lock, revisions, applied, target, plan, instances);
            List<MigrationResult.Step> steps = new ArrayList<>();
            if (!plan.isEmpty()) {
                MigrationExecutor executor = executor(connection, lock, revisions);
                try (ProgressTask task = progress.begin(runLabel("applying", 0, plan))) {
                    for (int i = 0; i < plan.size(); i++) {
                        task.update(runLabel("applying", i, plan));
                        executor.apply(connection, plan.get(i), instances.get(i)).ifPresent(steps::add);
                    }
                }
            } else {
                LOG.info("Database is up to date; nothing to apply");
            }
            return new MigrationResult(MigrationResult.Direction.UPGRADE, steps, elapsedMs(started));
        });
    }

    /** Undoes applied migrations down to a target: {@code -N}, {@code base}, or an applied revision. */
    public MigrationResult downgrade(String target) {
        Supplier<RevisionGraph> loading = graphWhileConnecting();
        return withConnection(loading, connection -> {
            RevisionGraph revisions = loading.get();
            long started = System.nanoTime();
            MigrationLock lock = lockOf(connection);
            AppliedState applied = verifiedState(connection, revisions, lock, MigrationResult.Direction.DOWNGRADE);
            List<ResolvedMigration> plan = new MigrationPlanner(revisions, applied.revisions()).downgrade(target);
            List<Migration> instances = instantiate(plan);
            List<MigrationResult.Step> steps = new ArrayList<>();
            if (!plan.isEmpty()) {
                MigrationExecutor executor = executor(connection, lock, revisions);
                try (ProgressTask task = progress.begin(runLabel("undoing", 0, plan))) {
                    for (int i = 0; i < plan.size(); i++) {
                        task.update(runLabel("undoing", i, plan));
                        executor.undo(connection, plan.get(i), instances.get(i)).ifPresent(steps::add);
                    }
                }
            }
            return new MigrationResult(MigrationResult.Direction.DOWNGRADE, steps, elapsedMs(started));
        });
    }

    /**
     * Accepts the migrations as they are now: records the current checksum of every applied migration
     * that was edited, whose checksum an older autogen made or whose checksum was removed, forgets
     * incomplete revisions so that the next upgrade runs them again, and restores the table comment
     * that marks the history table as autogen's when it was lost (as {@code pg_dump --no-comments} does).
     * Returns one line per change made.
     */
    public List<String> repair() {
        RevisionGraph revisions = graph();
        return withConnection(connection -> {
            MigrationLock lock = lockOf(connection);
            boolean restored = Transactions.run(connection, transaction -> {
                lock.acquire(transaction);
                return historyTable().restoreFormatComment(transaction);
            });
            if (!AppliedState.read(historyTable(), connection, revisions).incomplete().isEmpty()) {
                RunningGuard.awaitOthers(connection, lock);
            }
            List<String> changes = Transactions.run(connection, transaction -> {
                lock.acquire(transaction);
                AppliedState applied = AppliedState.read(historyTable(), transaction, revisions);
                List<String> made = new ArrayList<>();
                if (restored) {
                    made.add("restored the comment of " + historyTable().name() + " that marks it as autogen's history");
                }
                for (HistoryEntry entry : applied.incomplete()) {
                    Optional<String> kept = keepResumable(transaction, revisions, entry);
                    if (kept.isPresent()) {
                        made.add(kept.get());
                        continue;
                    }
                    historyTable().delete(transaction, entry.revision());
                    made.add(entry.resumable()
                            ? "forgot partly " + (IncompleteAdvice.undoing(entry) ? "undone" : "applied") + " revision "
                            + entry.revision() + ", whose " + firstCommitted(entry.progress().completedStatements())
                            + " committed; the next upgrade runs it from its first statement"
                            : "forgot incomplete revision " + entry.revision() + "; the next upgrade runs it again");
                }
                AppliedState.Verification verification = applied.verify(revisions, dialect());
                for (Map.Entry<String, String> edited : verification.edited().entrySet()) {
                    historyTable().updateChecksum(transaction, edited.getKey(), edited.getValue(),
                            verifiedSource(revisions, edited.getKey(), edited.getValue()));
                    made.add("accepted the edited migration " + edited.getKey());
                }
                for (Map.Entry<String, String> outdated : applied.outdatedChecksums(revisions, dialect()).entrySet()) {
                    historyTable().updateChecksum(transaction, outdated.getKey(), outdated.getValue(),
                            verifiedSource(revisions, outdated.getKey(), outdated.getValue()));
                    made.add("recorded a current checksum for " + outdated.getKey());
                }
                historyTable().recordVerifiedSources(transaction, verification.verifiedSources());
                return made;
            });
            changes.forEach(change -> LOG.info("Repair: {}", change));
            return changes;
        });
    }

    /**
     * The SQL an upgrade to the target would run now, including the history bookkeeping; changes nothing.
     * Refuses when a revision is recorded as incomplete, as an upgrade does.
     */
    public String upgradeSql(String target) {
        RevisionGraph revisions = graph();
        return withConnection(connection -> {
            AppliedState applied = AppliedState.read(historyTable(), connection, revisions);
            applied.requireNoGaps(revisions);
            applied.requireComplete();
            List<ResolvedMigration> plan = new MigrationPlanner(revisions, applied.revisions()).upgrade(target);
            return new SqlScript(dialect(), historyTable()).upgrade("to " + target, plan, instantiate(plan), applied.isEmpty());
        });
    }

    /**
     * The SQL a downgrade to the target would run now, including the history bookkeeping; changes nothing.
     * Refuses when a revision is recorded as incomplete, as a downgrade does.
     */
    public String downgradeSql(String target) {
        RevisionGraph revisions = graph();
        return withConnection(connection -> {
            AppliedState applied = AppliedState.read(historyTable(), connection, revisions);
            applied.requireNoGaps(revisions);
            applied.requireComplete();
            List<ResolvedMigration> plan = new MigrationPlanner(revisions, applied.revisions()).downgrade(target);
            return new SqlScript(dialect(), historyTable(), revisions.squashes()).downgrade("to " + target, plan, instantiate(plan));
        });
    }

    /**
     * The SQL that upgrades a database from one revision to another, without connecting to any
     * database: {@code from} is {@code base}, {@code head}, {@code heads} or a revision, as is {@code to}.
     */
    public String upgradeSql(String from, String to) {
        RevisionGraph revisions = graph();
        Set<String> applied = revisionsAt(revisions, from);
        List<ResolvedMigration> plan = new MigrationPlanner(revisions, applied).upgrade(to);
        return new SqlScript(dialect(), historyTable()).upgrade(from + ":" + to, plan, instantiate(plan), applied.isEmpty());
    }

    /** The SQL that downgrades a database from one revision to another, without connecting to any database. */
    public String downgradeSql(String from, String to) {
        RevisionGraph revisions = graph();
        Set<String> applied = revisionsAt(revisions, from);
        List<ResolvedMigration> plan = new MigrationPlanner(revisions, applied).downgrade(to);
        return new SqlScript(dialect(), historyTable(), revisions.squashes()).downgrade(from + ":" + to, plan, instantiate(plan));
    }

    /**
     * The applied heads: the revisions applied completely that no other of them descends from. A
     * revision recorded as incomplete is not counted; {@link #currentRevisions()} names it.
     */
    public List<String> current() {
        return currentRevisions().heads();
    }

    /** The applied heads and the revisions recorded as incomplete, read at once. */
    public CurrentRevisions currentRevisions() {
        Supplier<RevisionGraph> loading = graphWhileConnecting();
        return withConnection(loading, connection -> {
            RevisionGraph revisions = loading.get();
            return currentOf(revisions, AppliedState.read(historyTable(), connection, revisions));
        });
    }

    /**
     * The applied heads, as {@link #current()}, for work that needs a complete schema: refuses with
     * {@link ErrorCode#INCOMPLETE_MIGRATION} when a revision is recorded as incomplete.
     */
    public List<String> completeCurrent() {
        Supplier<RevisionGraph> loading = graphWhileConnecting();
        return withConnection(loading, connection -> {
            RevisionGraph revisions = loading.get();
            AppliedState applied = AppliedState.read(historyTable(), connection, revisions);
            applied.requireComplete();
            return currentOf(revisions, applied).heads();
        });
    }

    private static CurrentRevisions currentOf(RevisionGraph revisions, AppliedState applied) {
        List<String> incomplete = applied.incomplete().stream().map(HistoryEntry::revision).toList();
        Set<String> complete = new HashSet<>(applied.revisions());
        incomplete.forEach(complete::remove);
        return new CurrentRevisions(revisions.headsOf(complete), incomplete);
    }

    /**
     * Whether each revision applied completely still does what the history recorded when it ran,
     * keyed by revision id in the order the history lists them; changes nothing. Fails, as an
     * upgrade does, when the history records a revision that no migration declares.
     */
    public Map<String, ChecksumStatus> checksums() {
        Supplier<RevisionGraph> loading = graphWhileConnecting();
        return withConnection(loading, connection -> {
            RevisionGraph revisions = loading.get();
            return AppliedState.read(historyTable(), connection, revisions).checksumStatuses(revisions, dialect());
        });
    }

    /**
     * Every revision, newest first, with its applied state; first the revisions the history records
     * as applied that no migration declares (their {@link RevisionStatus#origin()} is {@code null}).
     */
    public List<RevisionStatus> history() {
        RevisionGraph revisions = graph();
        return withConnection(connection -> {
            Map<String, HistoryEntry> applied = new LinkedHashMap<>();
            for (HistoryEntry entry : historyTable().read(connection)) {
                applied.put(entry.revision(), entry);
            }
            Set<String> heads = new HashSet<>(revisions.heads());
            List<RevisionStatus> statuses = new ArrayList<>();
            for (ResolvedMigration migration : revisions.ordered()) {
                statuses.add(new RevisionStatus(migration.id(), migration.parents(), migration.message(),
                        migration.origin(), heads.contains(migration.id()), entryOf(revisions, migration, applied)));
            }
            Collections.reverse(statuses);
            List<RevisionStatus> unknown = new ArrayList<>();
            for (HistoryEntry entry : applied.values()) {
                if (!revisions.knows(entry.revision())) {
                    unknown.add(new RevisionStatus(entry.revision(), entry.parents(), entry.description(), null,
                            false, entry));
                }
            }
            Collections.reverse(unknown);
            unknown.addAll(statuses);
            return unknown;
        });
    }

    /**
     * The history entry of a revision; for a squashed revision not recorded itself whose replaced
     * revisions all are, the entry of the last of them to be applied.
     */
    private static HistoryEntry entryOf(RevisionGraph revisions, ResolvedMigration migration,
                                        Map<String, HistoryEntry> applied) {
        HistoryEntry own = applied.get(migration.id());
        Set<String> replaced = revisions.squashes().replacedBy(migration.id());
        if (own != null || replaced.isEmpty() || !applied.keySet().containsAll(replaced)) {
            return own;
        }
        HistoryEntry last = null;
        for (HistoryEntry entry : applied.values()) {
            if (replaced.contains(entry.revision())) {
                last = entry;
            }
        }
        return last;
    }

    /**
     * Records the database as being at the target ({@code base}, {@code head}, {@code heads} or a
     * revision) without running any migration. Incomplete records are replaced; records of
     * revisions that no migration declares are kept.
     */
    public List<String> stamp(String target) {
        return stamp(List.of(target), Set.of()).heads();
    }

    /**
     * Records the database as being at the targets and their ancestors without running any
     * migration. Without {@link StampResult.Option#ADD} the records of other known revisions are
     * deleted; records of revisions that no migration declares are deleted only with
     * {@link StampResult.Option#PURGE_UNKNOWN}. Incomplete records of the targets are replaced.
     */
    public StampResult stamp(List<String> targets, Set<StampResult.Option> options) {
        RevisionGraph revisions = graph();
        return withLock(connection -> {
            Set<String> wanted = new HashSet<>();
            targets.forEach(target -> wanted.addAll(revisionsAt(revisions, target)));
            boolean add = options.contains(StampResult.Option.ADD);
            boolean purge = options.contains(StampResult.Option.PURGE_UNKNOWN);
            List<String> kept = new ArrayList<>();
            List<String> purged = new ArrayList<>();
            Transactions.run(connection, transaction -> {
                historyTable().ensureExists(transaction);
                Set<String> present = new HashSet<>();
                for (HistoryEntry entry : historyTable().read(transaction)) {
                    String revision = entry.revision();
                    boolean known = revisions.knows(revision);
                    boolean keep = known ? (wanted.contains(revision) ? entry.success() : add) : !purge;
                    if (keep) {
                        (known ? present : kept).add(revision);
                    } else {
                        historyTable().delete(transaction, revision);
                        if (!known) {
                            purged.add(revision);
                        }
                    }
                }
                for (ResolvedMigration migration : revisions.ordered()) {
                    if (wanted.contains(migration.id()) && !present.contains(migration.id())) {
                        String checksum = Checksums.of(dialect(), migration);
                        historyTable().insert(transaction, new HistoryEntry(migration.id(), migration.parents(),
                                migration.message(), checksum, null, Instant.now(), 0, true,
                                SourceDigests.recorded(migration.sourceDigest(), checksum)));
                    }
                }
                wanted.addAll(present);
                return null;
            });
            if (!kept.isEmpty()) {
                LOG.warn("Stamp kept the records of {} in {}: no migration declares them", kept, historyTable().name());
            }
            return new StampResult(revisions.headsOf(wanted), kept, purged);
        });
    }

    /**
     * The applied state, verified. When a revision is recorded as incomplete, first waits for a deploy
     * that may be running it outside a transaction, and reads the history again. A stepped migration under
     * way in the given direction is left for the executor, which resumes it.
     */
    private AppliedState verifiedState(Connection connection, RevisionGraph revisions, MigrationLock lock,
                                       MigrationResult.Direction direction) throws SQLException {
        AppliedState applied = AppliedState.read(historyTable(), connection, revisions);
        if (!applied.incomplete().isEmpty()) {
            RunningGuard.awaitOthers(connection, lock);
            applied = AppliedState.read(historyTable(), connection, revisions);
        }
        applied.requireNoGaps(revisions);
        applied.requireComplete(direction);
        if (verifyChecksums) {
            Map<String, String> verifiedSources = applied.requireUnchanged(revisions, dialect());
            if (!verifiedSources.isEmpty()) {
                Transactions.run(connection, transaction -> {
                    lock.acquire(transaction);
                    historyTable().recordVerifiedSources(transaction, verifiedSources);
                    return null;
                });
            }
        }
        return applied;
    }

    /**
     * Refuses a plan whose migrations would create objects that exist already. The lock-free check
     * is confirmed under the lock on a hit: when another deploy applied something meanwhile, the
     * plan to the target is made again from the history read under the lock and checked again, so
     * that the other deploy's objects are not held against it but unrelated ones still are. While
     * the lock is held the history cannot change, so one confirmation is final.
     */
    private void refuseRecreating(Connection connection, MigrationLock lock, RevisionGraph revisions,
                                  AppliedState applied, String target, List<ResolvedMigration> plan,
                                  List<Migration> instances) throws SQLException {
        try {
            ExistingObjects.refuseRecreating(connection, dialect().catalogProbe(), historyTable(), plan, instances,
                    appliedIn(revisions, applied));
        } catch (AutogenException found) {
            if (found.code() != ErrorCode.HISTORY_MISMATCH) {
                throw found;
            }
            Transactions.run(connection, transaction -> {
                lock.acquire(transaction);
                AppliedState now = AppliedState.read(historyTable(), transaction, revisions);
                if (now.revisions().equals(applied.revisions())) {
                    throw found;
                }
                now.requireNoGaps(revisions);
                List<ResolvedMigration> replanned = new MigrationPlanner(revisions, now.revisions()).upgrade(target);
                ExistingObjects.refuseRecreating(transaction, dialect().catalogProbe(), historyTable(), replanned,
                        instantiate(replanned), appliedIn(revisions, now));
                return null;
            });
        }
    }

    /**
     * The applied migrations, and those whose stepped upgrade is under way: what their committed steps
     * created is theirs, not in the way of their resumption.
     */
    private static List<ResolvedMigration> appliedIn(RevisionGraph revisions, AppliedState applied) {
        Set<String> underWay = applied.upgradesUnderWay();
        Set<String> done = revisions.squashes().effective(applied.revisions());
        return revisions.ordered().stream()
                .filter(m -> done.contains(m.id()) || underWay.contains(m.id())).toList();
    }

    private static String verifiedSource(RevisionGraph revisions, String revision, String checksum) {
        return SourceDigests.recorded(revisions.declared(revision).map(ResolvedMigration::sourceDigest).orElse(null),
                checksum);
    }

    private static Set<String> revisionsAt(RevisionGraph revisions, String spec) {
        return switch (spec) {
            case "base" -> Set.of();
            case "head" -> revisions.ancestorsInclusive(List.of(new MigrationPlanner(revisions, Set.of()).singleHead()));
            case "heads" -> revisions.ancestorsInclusive(revisions.heads());
            default -> revisions.ancestorsInclusive(List.of(revisions.resolve(spec)));
        };
    }

    /** The instances of the planned migrations; refuses the plan when one was generated for another dialect. */
    private List<Migration> instantiate(List<ResolvedMigration> plan) {
        List<Migration> instances = new ArrayList<>(plan.size());
        for (ResolvedMigration migration : plan) {
            Migration instance = migration.factory().get();
            MigrationDialects.requireFor(dialect(), migration, instance);
            instances.add(instance);
        }
        return instances;
    }

    /**
     * Starts loading the revision graph on a daemon thread, so that it overlaps opening the
     * connection; the supplier waits for it and rethrows its errors.
     */
    private Supplier<RevisionGraph> graphWhileConnecting() {
        synchronized (this) {
            if (graph != null) {
                RevisionGraph loaded = graph;
                return () -> loaded;
            }
        }
        return BackgroundTask.start("autogen-migration-loader", this::graph)::join;
    }

    /** Runs the work in one transaction under the migration lock. */
    private <T> T withLock(ConnectionWork<T> work) {
        return withConnection(connection -> {
            MigrationLock lock = lockOf(connection);
            return Transactions.run(connection, transaction -> {
                lock.acquire(transaction);
                return work.run(transaction);
            });
        });
    }

    /** {@code [3/12] applying 20240101_000003}: the progress of a run of migrations. */
    private static String runLabel(String verb, int index, List<ResolvedMigration> plan) {
        return "[" + (index + 1) + "/" + plan.size() + "] " + verb + " " + plan.get(index).id();
    }

    /**
     * The migration lock of the history table as the connection resolves it, remembered until the
     * command's work on the connection ends, which then {@linkplain MigrationLock#release releases} it.
     */
    private MigrationLock lockOf(Connection connection) throws SQLException {
        MigrationLock lock = dialect().migrationLock(dialect().history().locate(connection, historyTable().sqlName()),
                historyTable().name(), lockTimeout);
        locksHeld.put(connection, lock);
        return lock;
    }

    /** Releases what the connection's session holds of the lock it took, unless the connection is gone. */
    private void releaseLock(Connection connection) throws SQLException {
        MigrationLock lock = locksHeld.remove(connection);
        if (lock != null && !connection.isClosed()) {
            lock.release(connection);
        }
    }

    /** An executor whose migrations each start from the session settings the connection has now. */
    private MigrationExecutor executor(Connection connection, MigrationLock lock, RevisionGraph revisions)
            throws SQLException {
        return new MigrationExecutor(dialect(), historyTable(), lock, SessionSettings.capture(connection, dialect()), dataSource,
                new LockRetry(dialect().lockWaits(), ddlLockTimeout, ddlLockRetries, dataSource), progress,
                revisions.squashes());
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        return withConnection(() -> null, work);
    }

    private <T> T withConnection(Supplier<?> first, ConnectionWork<T> work) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            AutogenException failed = DatabaseErrors.connectionFailed(e, describe(dataSource), userOf(dataSource),
                    maskOf(dataSource), provisionalDialect().errors());
            try {
                first.get();
            } catch (RuntimeException loading) {
                loading.addSuppressed(failed);
                throw loading;
            }
            throw failed;
        }
        try (connection) {
            resolve(connection);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            ServerPrepare.Restore prepare = ServerPrepare.disable(connection, dialect());
            T result;
            try {
                result = work.run(connection);
            } catch (SQLException | RuntimeException failure) {
                try {
                    releaseLock(connection);
                } catch (SQLException | RuntimeException releasing) {
                    failure.addSuppressed(releasing);
                }
                try {
                    restore(connection, prepare, autoCommit);
                } catch (SQLException | RuntimeException restoring) {
                    failure.addSuppressed(restoring);
                }
                throw failure;
            }
            releaseLock(connection);
            restore(connection, prepare, autoCommit);
            return result;
        } catch (SQLException e) {
            throw DatabaseErrors.failed(e, "working on " + historyTable().name(), maskOf(dataSource), dialect().errors());
        }
    }

    /** Gives the connection back as the data source handed it out, unless it is closed already. */
    private static void restore(Connection connection, ServerPrepare.Restore prepare, boolean autoCommit)
            throws SQLException {
        if (!connection.isClosed()) {
            prepare.run();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static SecretMask maskOf(DataSource dataSource) {
        return dataSource instanceof UrlDataSource url ? url.mask() : SecretMask.patternsOnly();
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

    /** Collects the configuration of a {@link Migrator}; {@link #load()} creates the migrator from it. */
    public static final class Builder {
        /** The longest DDL lock timeout: PostgreSQL keeps {@code lock_timeout} in an {@code int} of milliseconds. */
        public static final Duration MAX_LOCK_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);
        /** The most retries after a DDL lock timeout. */
        public static final int MAX_LOCK_RETRIES = 1000;

        private DataSource dataSource;
        private MigrationSource source;
        private String historyTable = HistoryTable.DEFAULT_NAME;
        private Duration lockTimeout = Duration.ofMinutes(2);
        private SqlDialect dialect;
        private boolean verifyChecksums = true;
        private Duration ddlLockTimeout = LockRetry.DEFAULT_TIMEOUT;
        private int ddlLockRetries = LockRetry.DEFAULT_RETRIES;
        private ProgressSink progress = ProgressSink.logging();

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

        /** How long to wait for another process's migration lock, default two minutes; must be positive. */
        public Builder lockTimeout(Duration value) {
            if (Objects.requireNonNull(value, "lockTimeout").isNegative() || value.isZero()) {
                throw new AutogenException(ErrorCode.CONFIGURATION, "The lock timeout must be positive, not " + value
                        + ": give lockTimeout(...) a positive duration, such as Duration.ofSeconds(30).");
            }
            this.lockTimeout = value;
            return this;
        }

        /**
         * How long each statement of a migration's transaction may wait for a lock (PostgreSQL's
         * {@code lock_timeout}, set with {@code SET LOCAL} in every migration transaction), default
         * 500 ms. While an {@code ALTER TABLE} waits, every other session that uses the table waits
         * behind it, so the wait is kept short and retried ({@link #ddlLockRetries(int)}). Zero turns
         * it off: statements then wait as the session's own {@code lock_timeout} says. Statements
         * outside a transaction ({@code CREATE INDEX CONCURRENTLY}, {@code transactional = false})
         * never get it, and autogen's own migration lock keeps {@link #lockTimeout(Duration)}.
         */
        public Builder ddlLockTimeout(Duration value) {
            Objects.requireNonNull(value, "ddlLockTimeout");
            if (value.isNegative() || value.compareTo(MAX_LOCK_TIMEOUT) > 0
                    || (!value.isZero() && value.compareTo(Duration.ofMillis(1)) < 0)) {
                throw new AutogenException(ErrorCode.CONFIGURATION, "The DDL lock timeout must be zero (off) or from"
                        + " 1 ms to " + MAX_LOCK_TIMEOUT.toMillis() + " ms, not " + value + ": give ddlLockTimeout(...)"
                        + " a duration such as Duration.ofMillis(500).");
            }
            this.ddlLockTimeout = value;
            return this;
        }

        /**
         * How many times a migration's transaction runs again after a statement ran into the DDL
         * lock timeout, default 5. Each retry rolls everything back first and waits a little longer
         * (from about 1 s, doubling up to 10 s, with jitter); when the retries are used up, the
         * migration fails with {@link ErrorCode#DDL_LOCK_TIMEOUT}, naming the table and the sessions
         * that held it. Zero fails on the first timeout.
         */
        public Builder ddlLockRetries(int value) {
            if (value < 0 || value > MAX_LOCK_RETRIES) {
                throw new AutogenException(ErrorCode.CONFIGURATION, "The number of DDL lock retries must be from 0 to "
                        + MAX_LOCK_RETRIES + ", not " + value + ": give ddlLockRetries(...) a count such as 5.");
            }
            this.ddlLockRetries = value;
            return this;
        }

        /**
         * The SQL dialect. Without one, the migrator takes it from the data source's database on first
         * use (its JDBC URL, else its product name); with one, it refuses a database recognisably of
         * another dialect with {@link ErrorCode#DIALECT_MISMATCH}.
         */
        public Builder dialect(SqlDialect value) {
            this.dialect = Objects.requireNonNull(value, "dialect");
            return this;
        }

        /** The SQL dialect by name or alias ({@code "mariadb"}, {@code "postgresql"}); refuses an unknown name. */
        public Builder dialect(String name) {
            Objects.requireNonNull(name, "dialect");
            return dialect(SqlDialects.named(name).orElseThrow(() -> new AutogenException(ErrorCode.CONFIGURATION,
                    "Unknown dialect '" + name + "': give dialect(...) one of " + SqlDialects.supportedNames() + ".")));
        }

        /**
         * Whether {@code upgrade} and {@code downgrade} first check that no applied migration was
         * edited (default {@code true}). Turning it off saves rendering the applied migrations whose
         * source digest is unknown or changed; the others are not rendered either way.
         */
        public Builder verifyChecksums(boolean value) {
            this.verifyChecksums = value;
            return this;
        }

        /**
         * Where the progress of long work goes: a statement of a migration, or a run of migrations,
         * that has run for over {@link ProgressSink#THRESHOLD}, named with its revision and statement.
         * Default {@link ProgressSink#logging()}, INFO lines through SLF4J; the command line shows a
         * terminal line or plain lines; {@link ProgressSink#silent()} shows nothing. The progress is
         * shown by a daemon thread and never waits on, interrupts or retries a statement.
         */
        public Builder progress(ProgressSink value) {
            this.progress = Objects.requireNonNull(value, "progress");
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

    /** "first statement had" or "first 4 statements had". */
    /**
     * Keeps the row of a stepped migration under way whose completed statements the migration still
     * begins with, recording the checksum of its statements as they are now; the line to report, or
     * empty when the row is to be forgotten. Refuses, rather than forgetting a row whose completed
     * statements changed, on a database whose DDL is not transactional, where they ran and stay.
     */
    private Optional<String> keepResumable(Connection transaction, RevisionGraph revisions, HistoryEntry entry)
            throws SQLException {
        if (!entry.resumable() || entry.progress().completedStatements() == 0) {
            return Optional.empty();
        }
        Optional<ResolvedMigration> declared = revisions.declared(entry.revision());
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        ResolvedMigration migration = declared.get();
        boolean undoing = IncompleteAdvice.undoing(entry);
        Migration instance = migration.factory().get();
        List<String> statements = SteppedPlan.of(dialect(), undoing ? migration.downgradeOperations(instance)
                : migration.upgradeOperations(instance)).statements();
        int done = entry.progress().completedStatements();
        if (CompletedPrefix.matches(entry.progress(), statements)) {
            historyTable().updateStatementsChecksum(transaction, entry.revision(), Checksums.ofStatements(statements));
            return Optional.of("kept partly " + (undoing ? "undone" : "applied") + " revision " + entry.revision()
                    + ": its first " + Plural.of(done, "statement") + " ran; the next " + (undoing ? "downgrade" : "upgrade")
                    + " runs it from statement " + (done + 1));
        }
        if (!dialect().capabilities().transactionalDdl() && entry.progress().completedChecksum() != null) {
            throw new Attempt(migration, statements, undoing ? MigrationResult.Direction.DOWNGRADE
                    : MigrationResult.Direction.UPGRADE, dialect().errors())
                    .changedSincePartialRun(entry, historyTable().name(), historyTable().sqlName());
        }
        return Optional.empty();
    }

    private static String firstCommitted(int count) {
        return count == 1 ? "first statement had" : "first " + count + " statements had";
    }
}
