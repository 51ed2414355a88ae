package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.history.HistoryEntry;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.history.StepProgress;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.CountingDataSource;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static dev.autogen.runtime.Ddl.check;
import static dev.autogen.runtime.Ddl.foreignKey;
import static dev.autogen.runtime.Ddl.index;
import static dev.autogen.runtime.Ddl.unique;
import static dev.autogen.runtime.Ddl.uniqueIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stepped migrations on a real PostgreSQL: the lock-safe forms leave the schema the plain forms leave,
 * each step commits on its own, and a run that stops in a step, fails or crashes, is resumed by the
 * next one after the last step that committed.
 */
@Tag("postgres")
class SteppedExecutionTest {
    private static final String SCHEMA_QUERY = "SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid)"
            + " || ' valid=' || convalidated FROM pg_constraint WHERE conrelid = 'item'::regclass"
            + " UNION ALL SELECT 'index ' || indexdef || ' valid=' || i.indisvalid FROM pg_indexes x"
            + " JOIN pg_index i ON i.indexrelid = (quote_ident(x.schemaname) || '.' || quote_ident(x.indexname))::regclass"
            + " WHERE x.tablename = 'item'"
            + " UNION ALL SELECT 'column ' || attname || ' notnull=' || attnotnull FROM pg_attribute"
            + " WHERE attrelid = 'item'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY 1";

    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    @TempDir
    Path temp;

    private final InlineMigrations migrations = new InlineMigrations();

    @BeforeEach
    void createTables() throws SQLException {
        db.execute("CREATE TABLE list (id bigint PRIMARY KEY)",
                "CREATE TABLE item (id bigint PRIMARY KEY, list_id bigint, title text, rank integer)",
                "INSERT INTO list VALUES (1), (2)",
                "INSERT INTO item VALUES (1, 1, 'a', 1), (2, 2, NULL, 2), (3, NULL, 'c', 3)");
    }

    /** Every lock-safe form, on a table that holds rows. */
    private static void safeUpgrade(Operations op) {
        op.createIndexConcurrently("item", index("ix_item_title", "title"));
        op.addForeignKeyNotValid("item", foreignKey("fk_item_list", "list_id").references("list", "id"));
        op.validateConstraint("item", "fk_item_list");
        op.addCheckNotValid("item", check("ck_item_rank", "rank > 0"));
        op.validateConstraint("item", "ck_item_rank");
        op.setNotNullViaCheck("item", "title", "'untitled'");
        op.addUniqueConcurrently("item", unique("uk_item_title", "title", "id"));
    }

    /** The same change in the plain forms. */
    private static void plainUpgrade(Operations op) {
        op.createIndex("item", index("ix_item_title", "title"));
        op.addForeignKey("item", foreignKey("fk_item_list", "list_id").references("list", "id"));
        op.addCheck("item", check("ck_item_rank", "rank > 0"));
        op.setNotNull("item", "title", "'untitled'");
        op.addUnique("item", unique("uk_item_title", "title", "id"));
    }

    private static void safeDowngrade(Operations op) {
        op.dropUnique("item", "uk_item_title");
        op.dropNotNull("item", "title");
        op.dropCheck("item", "ck_item_rank");
        op.dropForeignKey("item", "fk_item_list");
        op.dropIndexConcurrently("item", "ix_item_title");
    }

    private void add(String id, List<String> parents, Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
        migrations.add(id, parents, true, upgrade, downgrade);
    }

    private Migrator migrator() {
        return migrations.migrator(db);
    }

    private List<String> schema() throws SQLException {
        return db.column(SCHEMA_QUERY);
    }

    private List<List<String>> history() throws SQLException {
        return db.query("SELECT revision, success, completed_statements FROM autogen_history ORDER BY revision");
    }

    @Test
    void theSafeFormsLeaveTheSchemaThePlainFormsLeave() throws SQLException {
        add("s1", List.of(), SteppedExecutionTest::safeUpgrade, SteppedExecutionTest::safeDowngrade);
        migrator().upgrade();
        List<String> safe = schema();

        db.reset();
        createTables();
        migrations.clear();
        add("s1", List.of(), SteppedExecutionTest::plainUpgrade, op -> { });
        migrator().upgrade();

        assertEquals(schema(), safe);
        assertTrue(safe.contains("constraint fk_item_list FOREIGN KEY (list_id) REFERENCES list(id) valid=true"), safe::toString);
        assertTrue(safe.contains("column title notnull=true"), safe::toString);
        assertFalse(safe.toString().contains("item_title_not_null"), "the helper check is dropped: " + safe);
        assertEquals(List.of(row("s1", "t", null)), history());
        assertEquals(List.of("untitled"), db.column("SELECT title FROM item WHERE id = 2"));
    }

    @Test
    void theChecksumIsTheChecksumOfTheSqlAsForAnyMigration() throws SQLException {
        add("s1", List.of(), SteppedExecutionTest::safeUpgrade, SteppedExecutionTest::safeDowngrade);
        migrator().upgrade();

        OperationRecorder recorder = new OperationRecorder();
        safeUpgrade(recorder);
        assertEquals(List.of(Checksums.of(new PostgresDialect(), recorder.operations())),
                db.column("SELECT checksum FROM autogen_history"));
        assertTrue(migrator().upgrade().isEmpty());
    }

    @Test
    void aValidationThatFailsOnBadDataIsResumedOnceTheDataIsFixed() throws SQLException {
        db.execute("INSERT INTO item VALUES (4, 1, 'd', 0)");
        add("s1", List.of(), SteppedExecutionTest::safeUpgrade, SteppedExecutionTest::safeDowngrade);

        AutogenException failure = assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertEquals(ErrorCode.MIGRATION_FAILED, failure.code());
        String message = failure.getMessage();
        assertTrue(message.contains("stopped at statement 5 of 12: ALTER TABLE item VALIDATE CONSTRAINT ck_item_rank"),
                message);
        assertTrue(message.contains("Statements 1-4 committed and stay applied:"), message);
        assertTrue(message.contains("was rolled back"), message);
        assertTrue(message.contains("run 'autogen upgrade' again: it resumes at statement 5"), message);
        assertEquals(List.of(row("s1", "f", "4")), history());
        List<String> partial = schema();
        assertTrue(partial.contains("constraint ck_item_rank CHECK ((rank > 0)) NOT VALID valid=false"), partial::toString);
        assertTrue(partial.contains("constraint fk_item_list FOREIGN KEY (list_id) REFERENCES list(id) valid=true"),
                partial::toString);
        assertEquals(List.of("s1"), migrator().currentRevisions().incomplete());

        db.execute("UPDATE item SET rank = 4 WHERE id = 4");
        MigrationResult resumed = migrator().upgrade();

        assertEquals(1, resumed.revisions().size());
        assertEquals(List.of(row("s1", "t", null)), history());
        assertTrue(schema().contains("constraint ck_item_rank CHECK ((rank > 0)) valid=true"), schema()::toString);
    }

    @Test
    void anInvalidIndexLeftByAFailedBuildIsDroppedAndBuiltAgain() throws SQLException {
        db.execute("UPDATE item SET title = 'a'");
        add("s1", List.of(), op -> op.createIndexConcurrently("item", uniqueIndex("ux_item_title", "title")),
                op -> op.dropIndexConcurrently("item", "ux_item_title"));

        AutogenException failure = assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertTrue(failure.getMessage().contains("leaves an INVALID index, which the next run drops"), failure::getMessage);
        assertTrue(failure.getMessage().contains("Key (title)=(a) is duplicated"), failure::getMessage);
        assertEquals(List.of("f"), db.column("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ux_item_title'::regclass"));
        assertEquals(List.of(row("s1", "f", "0")), history());

        db.execute("UPDATE item SET title = 't' || id");
        migrator().upgrade();

        assertEquals(List.of("t"), db.column("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ux_item_title'::regclass"));
        assertEquals(List.of(row("s1", "t", null)), history());
    }

    @Test
    void afterRepairForgetsAFailedBuildItsInvalidIndexIsNotTakenForAnExistingOne() throws SQLException {
        db.execute("UPDATE item SET title = 'a'");
        add("s1", List.of(), op -> op.createIndexConcurrently("item", uniqueIndex("ux_item_title", "title")),
                op -> op.dropIndexConcurrently("item", "ux_item_title"));
        assertThrows(AutogenException.class, () -> migrator().upgrade());
        migrator().repair();
        assertEquals(List.of(), history());

        db.execute("UPDATE item SET title = 't' || id");
        migrator().upgrade();

        assertEquals(List.of("t"), db.column("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ux_item_title'::regclass"));
        assertEquals(List.of(row("s1", "t", null)), history());
    }

    @Test
    void aRunThatCrashedAfterBuildingAnIndexConcurrentlyKeepsItAndGoesOn() throws SQLException {
        add("s1", List.of(), op -> {
            op.createIndexConcurrently("item", index("ix_item_title", "title"));
            op.addCheckNotValid("item", check("ck_item_rank", "rank > 0"));
            op.validateConstraint("item", "ck_item_rank");
        }, op -> { });
        recordUnderWay("s1", 0);
        db.execute("CREATE INDEX ix_item_title ON item (title)");

        migrator().upgrade();

        assertEquals(List.of(row("s1", "t", null)), history());
        assertEquals(1, schema().stream().filter(line -> line.startsWith("index CREATE INDEX ix_item_title")).count());
        assertTrue(schema().contains("constraint ck_item_rank CHECK ((rank > 0)) valid=true"), schema()::toString);
    }

    @Test
    void aSessionEndedBetweenAConcurrentBuildAndItsProgressRecordIsResumedWithoutBuildingAgain() throws SQLException {
        add("s1", List.of(), op -> {
            op.createIndexConcurrently("item", index("ix_item_title", "title"));
            op.addCheckNotValid("item", check("ck_item_rank", "rank > 0"));
            op.validateConstraint("item", "ck_item_rank");
        }, op -> { });
        Migrator terminating = Migrator.configure().dataSource(terminatedBefore("SET completed_statements", 1))
                .migrationSource(migrations::snapshot).load();

        AutogenException lost = assertThrows(AutogenException.class, terminating::upgrade);

        assertEquals(ErrorCode.CONNECTION_LOST, lost.code(), lost.getMessage());
        assertTrue(lost.getMessage().contains("Statement 1 of 3 of migration s1 (Vs1.java) ran outside a transaction"),
                lost::getMessage);
        assertEquals(List.of(row("s1", "f", "0")), history());
        assertEquals(List.of("t"), db.column("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_item_title'::regclass"));

        migrator().upgrade();

        assertEquals(List.of(row("s1", "t", null)), history());
        assertTrue(schema().contains("constraint ck_item_rank CHECK ((rank > 0)) valid=true"), schema()::toString);
    }

    @Test
    void aSessionEndedInAStepRollsThatStepBackAndTheNextUpgradeResumesAtIt() throws SQLException {
        add("s1", List.of(), SteppedExecutionTest::safeUpgrade, SteppedExecutionTest::safeDowngrade);
        Migrator terminating = Migrator.configure().dataSource(terminatedBefore("VALIDATE CONSTRAINT ck_item_rank", 1))
                .migrationSource(migrations::snapshot).load();

        AutogenException lost = assertThrows(AutogenException.class, terminating::upgrade);

        assertEquals(ErrorCode.CONNECTION_LOST, lost.code(), lost.getMessage());
        assertTrue(lost.getMessage().contains("did not commit; the server rolls it back"), lost::getMessage);
        assertEquals(List.of(row("s1", "f", "4")), history());

        migrator().upgrade();

        assertEquals(List.of(row("s1", "t", null)), history());
        assertTrue(schema().contains("column title notnull=true"), schema()::toString);
    }

    /** A data source whose session the server ends just before the {@code occurrence}-th statement containing {@code text}. */
    private static DataSource terminatedBefore(String text, int occurrence) {
        AtomicInteger seen = new AtomicInteger();
        return new CountingDataSource(db.dataSource(), (connection, sql) -> {
            if (sql != null && sql.contains(text) && seen.incrementAndGet() == occurrence) {
                int pid = connection.unwrap(PGConnection.class).getBackendPID();
                assertEquals(List.of("t"), db.column("SELECT pg_terminate_backend(" + pid + ", 30000)"));
            }
        });
    }

    @Test
    void aRunThatCrashedAfterDroppingAnIndexConcurrentlyGoesOnWhenUndoing() throws SQLException {
        add("s1", List.of(), SteppedExecutionTest::safeUpgrade, SteppedExecutionTest::safeDowngrade);
        migrator().upgrade();
        db.execute("ALTER TABLE item DROP CONSTRAINT uk_item_title", "ALTER TABLE item ALTER COLUMN title DROP NOT NULL",
                "ALTER TABLE item DROP CONSTRAINT ck_item_rank", "ALTER TABLE item DROP CONSTRAINT fk_item_list",
                "DROP INDEX ix_item_title", "DELETE FROM autogen_history");
        OperationRecorder down = new OperationRecorder();
        safeDowngrade(down);
        String downChecksum = Checksums.of(new PostgresDialect(), down.operations());
        insert(new HistoryEntry("s1", List.of(), "revision s1", null, null, Instant.now(), 0, false, null,
                new StepProgress(4, downChecksum)));

        migrator().downgrade("base");

        assertEquals(List.of(), history());
    }

    @Test
    void aSteppedMigrationIsUndoneStepByStep() throws SQLException {
        List<String> before = schema();
        add("s1", List.of(), SteppedExecutionTest::safeUpgrade, SteppedExecutionTest::safeDowngrade);
        migrator().upgrade();

        MigrationResult undone = migrator().downgrade("base");

        assertEquals(1, undone.revisions().size());
        assertEquals(before, schema());
        assertEquals(List.of(), history());
    }

    @Test
    void aFailedStepOfAnUndoIsResumedByTheNextDowngrade() throws SQLException {
        add("s1", List.of(), op -> op.createIndexConcurrently("item", index("ix_item_title", "title")), op -> {
            op.dropIndexConcurrently("item", "ix_item_title");
            op.addCheckNotValid("item", check("ck_small", "rank < 3"));
            op.validateConstraint("item", "ck_small");
        });
        migrator().upgrade();

        AutogenException failure = assertThrows(AutogenException.class, () -> migrator().downgrade("base"));

        assertTrue(failure.getMessage().contains("run the same 'autogen downgrade' again: it resumes at statement 3"),
                failure::getMessage);
        assertEquals(List.of(row("s1", "f", "2")), history());
        AutogenException upgrade = assertThrows(AutogenException.class, () -> migrator().upgrade());
        assertEquals(ErrorCode.INCOMPLETE_MIGRATION, upgrade.code());
        assertTrue(upgrade.getMessage().contains("is partly undone"), upgrade::getMessage);

        db.execute("DELETE FROM item WHERE rank >= 3");
        migrator().downgrade("base");

        assertEquals(List.of(), history());
        assertTrue(schema().contains("constraint ck_small CHECK ((rank < 3)) valid=true"), schema()::toString);
    }

    @Test
    void concurrentDeploysApplyASteppedMigrationOnce() throws Exception {
        add("s0", List.of(), op -> op.execute("CREATE TABLE marks (n integer)"), op -> op.execute("DROP TABLE marks"));
        add("s1", List.of("s0"), SteppedExecutionTest::safeUpgrade, SteppedExecutionTest::safeDowngrade);
        add("s2", List.of("s1"), op -> op.execute("INSERT INTO marks VALUES (2)"), op -> op.execute("SELECT 1"));
        int deploys = 4;
        CyclicBarrier start = new CyclicBarrier(deploys);
        ExecutorService pool = Executors.newFixedThreadPool(deploys);
        try {
            List<Future<MigrationResult>> results = new ArrayList<>();
            for (int i = 0; i < deploys; i++) {
                Migrator migrator = migrator();
                results.add(pool.submit(() -> {
                    start.await();
                    return migrator.upgrade();
                }));
            }
            int applied = 0;
            for (Future<MigrationResult> result : results) {
                applied += result.get(2, TimeUnit.MINUTES).revisions().size();
            }
            assertEquals(3, applied);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(row("s0", "t", null), row("s1", "t", null), row("s2", "t", null)), history());
        assertEquals(List.of("2"), db.column("SELECT n FROM marks"));
    }

    @Test
    void aHistoryTableMadeBeforeStepsGetsTheProgressColumns() throws SQLException {
        db.execute("CREATE TABLE autogen_history (revision varchar(128) PRIMARY KEY, parents varchar(2000) NOT NULL,"
                + " description varchar(2000) NOT NULL, checksum varchar(100), applied_by varchar(200) NOT NULL"
                + " DEFAULT current_user, applied_at timestamp with time zone NOT NULL DEFAULT now(),"
                + " execution_ms bigint NOT NULL, success boolean NOT NULL)",
                "COMMENT ON TABLE autogen_history IS 'autogen history format 1'");
        db.execute("INSERT INTO item VALUES (4, 1, 'd', 0)");
        add("s1", List.of(), SteppedExecutionTest::safeUpgrade, SteppedExecutionTest::safeDowngrade);

        assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertEquals(List.of(row("s1", "f", "4")), history());
        assertEquals(List.of("t"), db.column("SELECT verified_source IS NULL FROM autogen_history"));
    }

    @Test
    void aMigrationEditedAfterAPartialRunIsNotResumed() throws SQLException {
        db.execute("INSERT INTO item VALUES (4, 1, 'd', 0)");
        add("s1", List.of(), SteppedExecutionTest::safeUpgrade, SteppedExecutionTest::safeDowngrade);
        assertThrows(AutogenException.class, () -> migrator().upgrade());
        migrations.clear();
        add("s1", List.of(), op -> {
            op.execute("SELECT 1");
            safeUpgrade(op);
        }, SteppedExecutionTest::safeDowngrade);

        AutogenException changed = assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertEquals(ErrorCode.CHECKSUM_MISMATCH, changed.code());
        assertTrue(changed.getMessage().contains("was partly applied by an earlier run"), changed::getMessage);
        assertEquals(List.of(row("s1", "f", "4")), history());

        List<String> repaired = migrator().repair();

        assertEquals(List.of("forgot partly applied revision s1, whose first 4 statements had committed; the next"
                + " upgrade runs it from its first statement"), repaired);
        assertEquals(List.of(), history());
    }

    @Test
    void aDowngradeRefusesWhileAnUpgradeIsUnderWay() throws SQLException {
        db.execute("INSERT INTO item VALUES (4, 1, 'd', 0)");
        add("s0", List.of(), op -> op.execute("SELECT 1"), op -> op.execute("SELECT 1"));
        add("s1", List.of("s0"), SteppedExecutionTest::safeUpgrade, SteppedExecutionTest::safeDowngrade);
        assertThrows(AutogenException.class, () -> migrator().upgrade());

        AutogenException refused = assertThrows(AutogenException.class, () -> migrator().downgrade("base"));

        assertEquals(ErrorCode.INCOMPLETE_MIGRATION, refused.code());
        assertTrue(refused.getMessage().contains("is partly applied"), refused::getMessage);
        assertTrue(refused.getMessage().contains("Run 'autogen upgrade' to finish applying it first"), refused::getMessage);
    }

    @Test
    void theOfflineScriptCommitsBetweenStepsAndRunsConcurrentlyOutsideATransaction() throws Exception {
        add("s1", List.of(), SteppedExecutionTest::safeUpgrade, SteppedExecutionTest::safeDowngrade);
        Migrator offline = Migrator.configure().dataSource(new UrlDataSource("jdbc:postgresql://127.0.0.1:1/x", "x", null))
                .migrationSource(migrations::snapshot).load();
        String script = offline.upgradeSql("base", "head");

        List<String> lines = script.lines().toList();
        int index = lines.indexOf("CREATE INDEX CONCURRENTLY ix_item_title ON item (title);");
        assertTrue(index > 0, script);
        assertFalse(inTransactionBlock(lines, index), script);
        assertFalse(inTransactionBlock(lines, lines.indexOf(
                "CREATE UNIQUE INDEX CONCURRENTLY uk_item_title ON item (title, id);")), script);
        assertTrue(inTransactionBlock(lines, lines.indexOf("ALTER TABLE item VALIDATE CONSTRAINT ck_item_rank;")), script);
        assertTrue(script.contains("-- Step 1 of 11: outside a transaction block"), script);
        assertEquals(9, lines.stream().filter("COMMIT;"::equals).count(), script);

        runWithPsql(script);

        assertEquals(List.of(row("s1", "t", null)), history());
        assertTrue(migrator().upgrade().isEmpty(), "the script recorded the checksum an upgrade records");
        assertTrue(schema().contains("column title notnull=true"), schema()::toString);

        String undo = offline.downgradeSql("head", "base");
        assertFalse(inTransactionBlock(undo.lines().toList(),
                undo.lines().toList().indexOf("DROP INDEX CONCURRENTLY ix_item_title;")), undo);
        runWithPsql(undo);
        assertEquals(List.of(), history());
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    private static boolean inTransactionBlock(List<String> lines, int index) {
        assertTrue(index >= 0, "no such line");
        boolean open = false;
        for (int i = 0; i < index; i++) {
            if (lines.get(i).equals("BEGIN;")) {
                open = true;
            } else if (lines.get(i).equals("COMMIT;")) {
                open = false;
            }
        }
        return open;
    }

    private void runWithPsql(String script) throws IOException, InterruptedException {
        Path file = Files.writeString(temp.resolve("script.sql"), script, StandardCharsets.UTF_8);
        Path log = temp.resolve("psql.log");
        Process psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                "-U", TestDatabase.USER, "-d", db.name(), "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertEquals(0, psql.waitFor(), () -> read(log) + "\n" + script);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Records the migration as under way with some statements done, as a run that crashed leaves it. */
    private void recordUnderWay(String id, int completed) throws SQLException {
        ResolvedMigration migration = migrations.snapshot().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
        String checksum = Checksums.of(new PostgresDialect(), migration);
        insert(new HistoryEntry(id, migration.parents(), migration.message(), checksum, null, Instant.now(), 0, false,
                null, new StepProgress(completed, checksum)));
    }

    private static void insert(HistoryEntry entry) throws SQLException {
        HistoryTable history = new HistoryTable(HistoryTable.DEFAULT_NAME);
        try (Connection connection = db.connect()) {
            history.ensureExists(connection);
            history.insert(connection, entry);
        }
    }
}
