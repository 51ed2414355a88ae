package dev.autogen.runtime;

import dev.autogen.runtime.history.AdvisoryLock;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.testing.CountingDataSource;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrator's answers to the review: the existing-objects check is never skipped, objects are
 * looked for where they would be created, incomplete revisions are not counted as applied, and the
 * first error wins.
 */
@Tag("postgres")
class ReviewedMigratorTest {
    private static final HistoryLocation HISTORY = new HistoryLocation("public", "autogen_history");

    private TestDatabase db;
    private final InlineMigrations migrations = new InlineMigrations();

    @BeforeEach
    void createDatabase() throws SQLException {
        db = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    void anotherDeployMeanwhileDoesNotExcuseAnUnrelatedExistingTable() throws SQLException {
        chainOfTwoTables();
        migrator().upgrade();
        db.execute("DELETE FROM autogen_history");
        AtomicBoolean stamped = new AtomicBoolean();
        CountingDataSource othersDeployFirst = new CountingDataSource(db.dataSource(), (connection, sql) -> {
            if (sql.contains("unnest(") && !stamped.getAndSet(true)) {
                migrator().stamp(List.of("r1"), EnumSet.of(StampResult.Option.ADD));
            }
        });

        AutogenException error = assertThrows(AutogenException.class, () -> migrator(othersDeployFirst).upgrade());

        assertEquals(ErrorCode.HISTORY_MISMATCH, error.code(), error.getMessage());
        assertTrue(error.getMessage().contains("already has table b, which revision r2"), error.getMessage());
        assertEquals(List.of("r1"), db.column("SELECT revision FROM autogen_history"));
    }

    @Test
    void aLeftoverOnTheSearchPathOutsideTheCurrentSchemaIsNoObstacle() throws SQLException {
        db.execute("CREATE SCHEMA app", "CREATE TABLE public.orders (id integer)",
                "CREATE INDEX orders_id ON public.orders (id)", "CREATE SEQUENCE public.order_numbers");
        add("r1", List.of(), op -> {
            op.createTable("orders", column("id", "integer"));
            op.createIndex("orders", Ddl.index("orders_id", "id"));
            op.createSequence(new SequenceDef("order_numbers", 1, 1));
        });
        DataSource appFirst = new UrlDataSource(db.url() + "?currentSchema=app,public", db.user(), null);

        assertEquals(1, migrator(appFirst).upgrade().revisions().size());
        assertTrue(db.exists("app.orders") && db.exists("app.orders_id") && db.exists("app.order_numbers"));

        add("r2", List.of("r1"), op -> op.createTable("clash", column("id", "integer")));
        db.execute("CREATE TABLE app.clash (id integer)");
        AutogenException error = assertThrows(AutogenException.class, () -> migrator(appFirst).upgrade());
        assertTrue(error.getMessage().contains("already has table clash, which revision r2"), error.getMessage());
    }

    @Test
    void anIncompleteRevisionIsNeitherAHeadNorLeftOutOfTheSql() throws SQLException {
        appliedWithTheLastIncomplete();

        assertEquals(List.of("r1"), migrator().current());
        assertEquals(new CurrentRevisions(List.of("r1"), List.of("r2")), migrator().currentRevisions());
        for (Runnable refused : List.<Runnable>of(() -> migrator().upgradeSql("head"),
                () -> migrator().downgradeSql("-1"), () -> migrator().completeCurrent())) {
            AutogenException error = assertThrows(AutogenException.class, refused::run);
            assertEquals(ErrorCode.INCOMPLETE_MIGRATION, error.code(), error.getMessage());
            assertTrue(error.getMessage().contains("Revision r2"), error.getMessage());
        }
    }

    @Test
    void repairWaitsForADeployThatRunsAnIncompleteRevision() throws SQLException {
        appliedWithTheLastIncomplete();
        try (Connection running = db.connect(); Statement statement = running.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + AdvisoryLock.runningKeyOf(HISTORY) + ")");

            AutogenException error = assertThrows(AutogenException.class, () -> quickMigrator().repair());

            assertEquals(ErrorCode.LOCK_TIMEOUT, error.code(), error.getMessage());
            assertTrue(error.getMessage().contains("for more than 300 ms"), error.getMessage());
        }
        assertEquals(List.of("false"), db.column("SELECT success::text FROM autogen_history WHERE revision = 'r2'"));
        assertEquals(List.of("forgot incomplete revision r2; the next upgrade runs it again"), migrator().repair());
    }

    @Test
    void aConnectionThatBreaksWhileHandedBackDoesNotHideTheError() throws SQLException {
        db.execute("CREATE TABLE autogen_history (id integer)");
        add("r1", List.of(), op -> op.createTable("a", column("id", "integer")));
        DataSource breaksOnReturn = dataSource(db.dataSource());

        AutogenException error = assertThrows(AutogenException.class, () -> migrator(breaksOnReturn).current());

        assertEquals(ErrorCode.HISTORY_MISMATCH, error.code(), error.getMessage());
        assertTrue(error.getMessage().contains("was not created by autogen"), error.getMessage());
        assertEquals("broken on return", error.getSuppressed()[0].getMessage());
    }

    @Test
    void aFailedConnectionIsKeptBesideAFailedLoad() {
        DataSource unreachable = new UrlDataSource("jdbc:postgresql://127.0.0.1:1/postgres?connectTimeout=5",
                "postgres", null);
        Migrator migrator = Migrator.configure().dataSource(unreachable).migrationSource(() -> {
            throw new AutogenException(ErrorCode.MIGRATION_LOAD, "broken migrations");
        }).load();

        AutogenException error = assertThrows(AutogenException.class, migrator::current);

        assertEquals("broken migrations", error.getMessage());
        assertEquals(ErrorCode.DATABASE_UNREACHABLE, ((AutogenException) error.getSuppressed()[0]).code());
    }

    /** A data source whose connections claim to be handed out outside autocommit and break when set back. */
    private static DataSource dataSource(DataSource delegate) {
        return (DataSource) Proxy.newProxyInstance(ReviewedMigratorTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Connection real = delegate.getConnection();
                    return Proxy.newProxyInstance(ReviewedMigratorTest.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (connection, call, callArgs) -> {
                                if (call.getName().equals("getAutoCommit") && real.getAutoCommit()) {
                                    return false;
                                }
                                if (call.getName().equals("setAutoCommit") && Arrays.equals(callArgs,
                                        new Object[] {false}) && real.getAutoCommit()) {
                                    throw new SQLException("broken on return", "08006");
                                }
                                try {
                                    return call.invoke(real, callArgs);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                });
    }

    private void appliedWithTheLastIncomplete() throws SQLException {
        chainOfTwoTables();
        migrator().upgrade();
        db.execute("UPDATE autogen_history SET success = false WHERE revision = 'r2'");
    }

    private void chainOfTwoTables() {
        add("r1", List.of(), op -> op.createTable("a", column("id", "integer")));
        add("r2", List.of("r1"), op -> op.createTable("b", column("id", "integer")));
    }

    private void add(String id, List<String> parents, Consumer<Operations> upgrade) {
        migrations.add(id, parents, true, upgrade);
    }

    private Migrator migrator() {
        return migrations.migrator(db);
    }

    private Migrator migrator(DataSource dataSource) {
        return migrator(dataSource, Duration.ofMinutes(2));
    }

    private Migrator quickMigrator() {
        return migrator(db.dataSource(), Duration.ofMillis(300));
    }

    private Migrator migrator(DataSource dataSource, Duration lockTimeout) {
        List<ResolvedMigration> snapshot = migrations.snapshot();
        return Migrator.configure().dataSource(dataSource).migrationSource(() -> snapshot).lockTimeout(lockTimeout)
                .load();
    }
}
