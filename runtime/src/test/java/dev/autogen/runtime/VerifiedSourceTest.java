package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.history.AdvisoryLock;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.load.SourceDigests;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An applied migration whose source digest is unchanged since its checksum was verified is not
 * instantiated again; any other is rendered and compared, and the history learns its digest.
 */
@Tag("postgres")
class VerifiedSourceTest {
    private static final String LEGACY_HISTORY_TABLE = "CREATE TABLE autogen_history (revision varchar(128) PRIMARY KEY,"
            + " parents varchar(2000) NOT NULL, description varchar(2000) NOT NULL, checksum varchar(100),"
            + " applied_by varchar(200) NOT NULL DEFAULT current_user, applied_at timestamp with time zone NOT NULL"
            + " DEFAULT now(), execution_ms bigint NOT NULL, success boolean NOT NULL)";

    private TestDatabase db;
    private final List<ResolvedMigration> migrations = new ArrayList<>();
    private final AtomicInteger instantiations = new AtomicInteger();

    @BeforeEach
    void createDatabase() throws SQLException {
        db = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    void anUnchangedSourceIsNotRenderedAgain() throws SQLException {
        add("r1", "src1:a", "integer");
        migrator().upgrade();
        assertEquals(1, instantiations.get());
        assertEquals(SourceDigests.recorded("src1:a", checksumOf("r1")), verifiedSourceOf("r1"));

        assertEquals(0, migrator().upgrade().revisions().size());
        assertEquals(1, instantiations.get(), "the applied migration was instantiated again");
    }

    @Test
    void aChangedSourceIsRenderedAndItsDigestRecordedWhenItStillDoesTheSame() throws SQLException {
        add("r1", "src1:a", "integer");
        migrator().upgrade();
        migrations.clear();
        add("r1", "src1:reformatted", "integer");

        migrator().upgrade();
        assertEquals(2, instantiations.get());
        assertEquals(SourceDigests.recorded("src1:reformatted", checksumOf("r1")), verifiedSourceOf("r1"));
        migrator().upgrade();
        assertEquals(2, instantiations.get(), "the recorded digest is trusted from then on");
    }

    @Test
    void aChangedSourceThatDoesSomethingElseIsRefused() throws SQLException {
        add("r1", "src1:a", "integer");
        migrator().upgrade();
        migrations.clear();
        add("r1", "src1:b", "bigint");

        AutogenException error = assertThrows(AutogenException.class, () -> migrator().upgrade());
        assertEquals(ErrorCode.CHECKSUM_MISMATCH, error.code());
    }

    @Test
    void aChecksumChangedWithoutItsDigestIsNotTakenAsVerified() throws SQLException {
        add("r1", "src1:a", "integer");
        migrator().upgrade();
        db.execute("UPDATE autogen_history SET checksum = '" + Checksums.ALGORITHM + "' || repeat('0', 64)");

        AutogenException error = assertThrows(AutogenException.class, () -> migrator().upgrade());
        assertEquals(ErrorCode.CHECKSUM_MISMATCH, error.code());
        assertEquals(2, instantiations.get());
    }

    @Test
    void aMigrationWithoutDigestIsAlwaysRendered() throws SQLException {
        add("r1", null, "integer");
        migrator().upgrade();
        assertNull(verifiedSourceOf("r1"));
        migrator().upgrade();
        migrator().upgrade();
        assertEquals(3, instantiations.get());
    }

    @Test
    void aHistoryTableWithoutTheColumnIsReadAndGetsItOnTheNextUpgrade() throws SQLException {
        db.execute(LEGACY_HISTORY_TABLE,
                "COMMENT ON TABLE autogen_history IS 'autogen history format 1'",
                "CREATE TABLE a (id integer)");
        add("r1", "src1:a", "integer");
        String checksum = Checksums.of(new PostgresDialect(), migrations.get(0));
        db.execute("INSERT INTO autogen_history (revision, parents, description, checksum, execution_ms, success)"
                + " VALUES ('r1', '', 'revision r1', '" + checksum + "', 1, true)");
        instantiations.set(0);

        assertEquals(List.of("r1"), migrator().current());
        assertEquals(0, migrator().upgrade().revisions().size());
        assertEquals(SourceDigests.recorded("src1:a", checksum), verifiedSourceOf("r1"));
        assertTrue(instantiations.get() > 0);
    }

    @Test
    void aUserWhoMayWriteButNotAlterTheHistoryTableGoesOnWithoutTheColumn() throws SQLException {
        db.execute(LEGACY_HISTORY_TABLE, "COMMENT ON TABLE autogen_history IS 'autogen history format 1'");
        String writer = "writer_" + db.name();
        db.execute("CREATE ROLE " + writer + " LOGIN",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON autogen_history TO " + writer,
                "GRANT USAGE, CREATE ON SCHEMA public TO " + writer);
        try {
            add("r1", "src1:a", "integer");
            List<ResolvedMigration> snapshot = List.copyOf(migrations);
            Migrator asWriter = Migrator.configure().dataSource(new UrlDataSource(db.url(), writer, null))
                    .migrationSource(() -> snapshot).load();

            assertEquals(1, asWriter.upgrade().revisions().size());
            assertEquals(0, asWriter.upgrade().revisions().size());
            assertEquals(2, instantiations.get(), "without the column, the applied migration is rendered again");
            assertEquals(List.of(), db.column("SELECT attname FROM pg_attribute WHERE attrelid = 'autogen_history'::regclass"
                    + " AND attname = 'verified_source'"));
        } finally {
            db.execute("DROP OWNED BY " + writer, "DROP ROLE " + writer);
        }
    }

    @Test
    void aVerifiedSourceIsRecordedUnderTheMigrationLock() throws SQLException {
        add("r1", "src1:a", "integer");
        migrator().upgrade();
        db.execute("UPDATE autogen_history SET verified_source = NULL");
        List<ResolvedMigration> snapshot = List.copyOf(migrations);
        Migrator impatient = Migrator.configure().dataSource(db.dataSource()).migrationSource(() -> snapshot)
                .lockTimeout(Duration.ofMillis(300)).load();
        try (Connection other = db.connect(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("SELECT pg_advisory_xact_lock("
                    + AdvisoryLock.keyOf(new HistoryLocation("public", "autogen_history")) + ")");

            AutogenException error = assertThrows(AutogenException.class, () -> impatient.downgrade("r1"));

            assertEquals(ErrorCode.LOCK_TIMEOUT, error.code(), error.getMessage());
            assertNull(verifiedSourceOf("r1"));
            other.rollback();
        }
        assertTrue(impatient.downgrade("r1").isEmpty());
        assertEquals(SourceDigests.recorded("src1:a", checksumOf("r1")), verifiedSourceOf("r1"));
    }

    private void add(String id, String sourceDigest, String idType) {
        migrations.add(new ResolvedMigration(id, List.of(), "revision " + id, "V" + id + ".java", () -> {
            instantiations.incrementAndGet();
            return new Migration() {
                @Override
                public void upgrade(Operations op) {
                    op.createTable("a", column("id", idType));
                }

                @Override
                public void downgrade(Operations op) {
                    op.dropTable("a");
                }
            };
        }, true, sourceDigest));
    }

    private String checksumOf(String revision) throws SQLException {
        return db.column("SELECT checksum FROM autogen_history WHERE revision = '" + revision + "'").get(0);
    }

    private String verifiedSourceOf(String revision) throws SQLException {
        return db.column("SELECT verified_source FROM autogen_history WHERE revision = '" + revision + "'").get(0);
    }

    private Migrator migrator() {
        List<ResolvedMigration> snapshot = List.copyOf(migrations);
        return Migrator.configure().dataSource(db.dataSource()).migrationSource(() -> snapshot).load();
    }
}
