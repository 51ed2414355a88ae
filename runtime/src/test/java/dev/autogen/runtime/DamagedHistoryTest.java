package dev.autogen.runtime;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A damaged history table is refused with the way out, never replayed over a schema that has the changes. */
@Tag("postgres")
class DamagedHistoryTest {
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
    void aDeletedMiddleRowIsRefusedUntilStampAddRecordsIt() throws SQLException {
        chainOfThreeTables();
        migrator().upgrade();
        db.execute("DELETE FROM autogen_history WHERE revision = 'r2'");
        add("r4", List.of("r3"), op -> op.createTable("d", column("id", "integer")));

        AutogenException error = assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertEquals(ErrorCode.HISTORY_MISMATCH, error.code());
        assertTrue(error.getMessage().contains("records revision r3 as applied but not its ancestor r2")
                && error.getMessage().contains("'autogen stamp --add r2'"), error.getMessage());
        assertFalse(db.exists("d"), "nothing runs over a gap");
        assertEquals(ErrorCode.HISTORY_MISMATCH,
                assertThrows(AutogenException.class, () -> migrator().downgrade("-1")).code());

        StampResult stamped = migrator().stamp(List.of("r2"), EnumSet.of(StampResult.Option.ADD));

        assertEquals(List.of("r3"), stamped.heads());
        assertEquals(List.of("r1", "r2", "r3"), revisionsRecorded());
        assertEquals(List.of("r4"), ids(migrator().upgrade()));
    }

    @Test
    void aDroppedHistoryTableIsNotReplayedOverTheExistingSchema() throws SQLException {
        chainOfThreeTables();
        migrator().upgrade();
        db.execute("DROP TABLE autogen_history");

        AutogenException error = assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertEquals(ErrorCode.HISTORY_MISMATCH, error.code());
        assertTrue(error.getMessage().contains("already has table a, which revision r1 (Vr1.java) creates")
                && error.getMessage().contains("up to r3") && error.getMessage().contains("'autogen stamp --add r3'"),
                error.getMessage());
        assertEquals(List.of(), revisionsRecorded(), "not a single migration ran");

        migrator().stamp(List.of("r3"), EnumSet.of(StampResult.Option.ADD));

        assertTrue(migrator().upgrade().isEmpty());
    }

    @Test
    void aDeletedLastRowIsNotReplayedEither() throws SQLException {
        chainOfThreeTables();
        migrator().upgrade();
        db.execute("DELETE FROM autogen_history WHERE revision = 'r3'");

        AutogenException error = assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertTrue(error.getMessage().contains("table c, which revision r3"), error.getMessage());
        assertEquals(List.of("r1", "r2"), revisionsRecorded());
    }

    @Test
    void aFirstRevisionOverAHandMadeSchemaStillRuns() throws SQLException {
        db.execute("CREATE TABLE legacy (id integer)", "CREATE INDEX legacy_id ON legacy (id)");
        add("r1", List.of(), op -> {
            op.addColumn("legacy", column("note", "text"));
            op.createTable("fresh", column("id", "integer"));
        });

        assertEquals(List.of("r1"), ids(migrator().upgrade()));
        assertTrue(db.exists("fresh"));
    }

    @Test
    void aTableDroppedEarlierInThePlanMayBeCreatedAgain() throws SQLException {
        db.execute("CREATE TABLE a (id integer)");
        add("r1", List.of(), op -> op.dropTable("a"));
        add("r2", List.of("r1"), op -> op.createTable("a", column("id", "bigint")));

        assertEquals(List.of("r1", "r2"), ids(migrator().upgrade()));
    }

    @Test
    void aLostTableCommentIsRefusedUntilRepairRestoresIt() throws SQLException {
        add("r1", List.of(), op -> op.createTable("a", column("id", "integer")));
        migrator().upgrade();
        db.execute("COMMENT ON TABLE autogen_history IS NULL");
        add("r2", List.of("r1"), op -> op.createTable("b", column("id", "integer")));

        AutogenException error = assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertEquals(ErrorCode.HISTORY_MISMATCH, error.code());
        assertTrue(error.getMessage().contains("lost the comment")
                && error.getMessage().contains("COMMENT ON TABLE autogen_history IS 'autogen history format 1';")
                && error.getMessage().contains("'autogen upgrade --repair'"), error.getMessage());
        assertFalse(db.exists("b"));
        assertEquals(List.of("r1"), revisionsRecorded(), "the history is kept, not recreated");

        assertEquals(List.of("restored the comment of autogen_history that marks it as autogen's history"),
                migrator().repair());

        assertEquals(List.of("r2"), ids(migrator().upgrade()));
        assertEquals(List.of("r1", "r2"), revisionsRecorded());
    }

    @Test
    void aTableOfTheSameNameThatIsNotAHistoryIsStillLeftAlone() throws SQLException {
        db.execute("CREATE TABLE autogen_history (id integer)");
        add("r1", List.of(), op -> op.createTable("a", column("id", "integer")));

        AutogenException error = assertThrows(AutogenException.class, () -> migrator().repair());

        assertTrue(error.getMessage().contains("was not created by autogen"), error.getMessage());
    }

    @Test
    void aNulledChecksumIsRefusedNotSkipped() throws SQLException {
        add("r1", List.of(), op -> op.createTable("a", column("id", "integer")));
        migrator().upgrade();
        migrations.clear();
        add("r1", List.of(), op -> op.createTable("a", column("id", "bigint")));
        add("r2", List.of("r1"), op -> op.createTable("b", column("id", "integer")));

        for (String nulled : List.of("NULL", "''")) {
            db.execute("UPDATE autogen_history SET checksum = " + nulled);
            AutogenException error = assertThrows(AutogenException.class, () -> migrator().upgrade());

            assertEquals(ErrorCode.CHECKSUM_MISMATCH, error.code());
            assertTrue(error.getMessage().contains("records no checksum for the applied migration r1 (Vr1.java)")
                    && error.getMessage().contains("'autogen upgrade --repair'"), error.getMessage());
            assertFalse(db.exists("b"));
        }

        assertEquals(List.of("recorded a current checksum for r1"), migrator().repair());
        assertEquals(List.of("r2"), ids(migrator().upgrade()));
    }

    @Test
    void stampKeepsTheRowsOfAnotherProjectUnlessToldToPurgeThem() throws SQLException {
        chainOfThreeTables();
        migrator().upgrade();
        migrations.clear();
        add("x1", List.of(), op -> op.createTable("x", column("id", "integer")));

        AutogenException refused = assertThrows(AutogenException.class, () -> migrator().upgrade());
        assertEquals(ErrorCode.HISTORY_MISMATCH, refused.code());
        assertTrue(refused.getMessage().contains("--history-table")
                && refused.getMessage().contains("'autogen stamp --purge-unknown base'"), refused.getMessage());

        StampResult kept = migrator().stamp(List.of("x1"), Set.of());

        assertEquals(List.of("r1", "r2", "r3"), kept.keptUnknown());
        assertEquals(List.of("r1", "r2", "r3", "x1"), revisionsRecorded());

        StampResult purged = migrator().stamp(List.of("x1"), EnumSet.of(StampResult.Option.PURGE_UNKNOWN));

        assertEquals(List.of("r1", "r2", "r3"), purged.purgedUnknown());
        assertEquals(List.of("x1"), revisionsRecorded());
    }

    @Test
    void stampWithoutAddStillMovesTheKnownHistory() throws SQLException {
        chainOfThreeTables();
        migrator().upgrade();

        assertEquals(List.of("r1"), migrator().stamp("r1"));
        assertEquals(List.of("r1"), revisionsRecorded());
    }

    private void chainOfThreeTables() {
        add("r1", List.of(), op -> op.createTable("a", column("id", "integer")));
        add("r2", List.of("r1"), op -> op.createTable("b", column("id", "integer")));
        add("r3", List.of("r2"), op -> op.createTable("c", column("id", "integer")));
    }

    private List<String> revisionsRecorded() throws SQLException {
        return db.column("SELECT revision FROM autogen_history ORDER BY revision");
    }

    private static List<String> ids(MigrationResult result) {
        return result.revisions().stream().map(MigrationResult.Step::id).toList();
    }

    private void add(String id, List<String> parents, Consumer<Operations> upgrade) {
        migrations.add(id, parents, true, upgrade);
    }

    private Migrator migrator() {
        return migrations.migrator(db);
    }
}
