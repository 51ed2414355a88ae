package dev.autogen.runtime;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A history squashed on real PostgreSQL: r1, then r2 ← r3 ← r4 squashed into s4 (parent r1), then r5
 * whose declared parent is r4, the last replaced revision.
 */
@Tag("postgres")
class SquashedHistoryTest {
    private static final String REVISIONS = "SELECT revision FROM autogen_history ORDER BY revision";
    private static final String COLUMNS = "SELECT attname FROM pg_attribute WHERE attrelid = 't'::regclass"
            + " AND attnum > 0 AND NOT attisdropped ORDER BY attnum";

    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    private static InlineMigrations range() {
        InlineMigrations migrations = new InlineMigrations();
        migrations.add("r1", List.of(), true, op -> op.execute("CREATE TABLE t (id int)"),
                op -> op.execute("DROP TABLE t"));
        migrations.add("r2", List.of("r1"), true, op -> op.execute("ALTER TABLE t ADD COLUMN a int"),
                op -> op.execute("ALTER TABLE t DROP COLUMN a"));
        migrations.add("r3", List.of("r2"), true, op -> op.execute("ALTER TABLE t ADD COLUMN b int"),
                op -> op.execute("ALTER TABLE t DROP COLUMN b"));
        migrations.add("r4", List.of("r3"), true, op -> op.execute("ALTER TABLE t ADD COLUMN c int"),
                op -> op.execute("ALTER TABLE t DROP COLUMN c"));
        return migrations;
    }

    private static InlineMigrations squashed(InlineMigrations migrations) {
        migrations.addSquash("s4", List.of("r1"), List.of("r2", "r3", "r4"), op -> {
            op.execute("ALTER TABLE t ADD COLUMN a int");
            op.execute("ALTER TABLE t ADD COLUMN b int");
            op.execute("ALTER TABLE t ADD COLUMN c int");
        }, op -> {
            op.execute("ALTER TABLE t DROP COLUMN c");
            op.execute("ALTER TABLE t DROP COLUMN b");
            op.execute("ALTER TABLE t DROP COLUMN a");
        });
        migrations.add("r5", List.of("r4"), true, op -> op.execute("ALTER TABLE t ADD COLUMN d int"),
                op -> op.execute("ALTER TABLE t DROP COLUMN d"));
        return migrations;
    }

    private static InlineMigrations withoutOldFiles() {
        InlineMigrations migrations = squashed(range());
        migrations.remove("r2", "r3", "r4");
        return migrations;
    }

    private static List<String> steps(MigrationResult result) {
        return result.revisions().stream().map(MigrationResult.Step::id).toList();
    }

    @Test
    void aFreshDatabaseGetsOneEntryForTheSquashAndTheSameSchema() throws SQLException {
        Migrator migrator = squashed(range()).migrator(db);

        assertEquals(List.of("r1", "s4", "r5"), steps(migrator.upgrade()));

        assertEquals(List.of("r1", "r5", "s4"), db.column(REVISIONS));
        assertEquals(List.of("id", "a", "b", "c", "d"), db.column(COLUMNS));
        assertEquals(List.of("r5"), migrator.current());
    }

    @Test
    void aDatabaseThatAppliedTheRangeHasNothingToDoForTheSquash() throws SQLException {
        range().migrator(db).upgrade();
        Migrator migrator = withoutOldFiles().migrator(db);

        assertEquals(List.of("s4"), migrator.current());
        List<RevisionStatus> history = migrator.history();
        assertEquals(List.of("r5", "s4", "r1"), history.stream().map(RevisionStatus::id).toList());
        assertFalse(history.get(0).isApplied());
        assertTrue(history.get(1).isApplied());
        assertEquals(List.of("r5"), steps(migrator.upgrade()));
        assertEquals(List.of("r1", "r2", "r3", "r4", "r5"), db.column(REVISIONS));
        assertEquals(List.of("r5"), migrator.current());
    }

    @Test
    void aDatabasePartWayThroughRunsTheOldFilesWhileTheyExist() throws SQLException {
        range().migrator(db).upgrade("r2");

        Migrator migrator = squashed(range()).migrator(db);

        assertEquals(List.of("r3", "r4", "r5"), steps(migrator.upgrade()));
        assertEquals(List.of("id", "a", "b", "c", "d"), db.column(COLUMNS));
        assertEquals(List.of("r5"), migrator.current());
    }

    @Test
    void aDatabasePartWayThroughWithoutTheOldFilesIsRefusedNamingThem() throws SQLException {
        range().migrator(db).upgrade("r2");
        InlineMigrations migrations = withoutOldFiles();

        AutogenException e = assertThrows(AutogenException.class, () -> migrations.migrator(db).upgrade());

        assertEquals(ErrorCode.SQUASH_INCOMPLETE, e.code());
        assertTrue(e.getMessage().contains("files of r3, r4 are gone"), e.getMessage());
        assertEquals(List.of("r1", "r2"), db.column(REVISIONS));
    }

    @Test
    void downgradeMinusOneUndoesTheWholeSquashAndForgetsTheReplacedRecords() throws SQLException {
        range().migrator(db).upgrade();
        Migrator migrator = withoutOldFiles().migrator(db);
        migrator.upgrade();

        assertEquals(List.of("r5"), steps(migrator.downgrade("-1")));
        String sql = migrator.downgradeSql("-1");
        assertTrue(sql.contains("DELETE FROM autogen_history WHERE revision IN ('s4', 'r2', 'r3', 'r4');"), sql);
        assertEquals(List.of("s4"), steps(migrator.downgrade("-1")));

        assertEquals(List.of("r1"), db.column(REVISIONS));
        assertEquals(List.of("id"), db.column(COLUMNS));
        assertEquals(List.of("r1"), migrator.current());
        assertEquals(List.of("s4", "r5"), steps(migrator.upgrade()));
        assertEquals(List.of("r1"), steps(migrator.downgrade("base")).subList(2, 3));
        assertEquals(List.of(), db.column(REVISIONS));
    }
}
