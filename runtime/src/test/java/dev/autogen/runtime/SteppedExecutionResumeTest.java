package dev.autogen.runtime;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import static dev.autogen.runtime.Ddl.index;
import static dev.autogen.runtime.Ddl.uniqueIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stepped migration on a real PostgreSQL that stopped at its third statement and was then fixed:
 * the next run resumes with its new third statement, with or without {@code --repair} first, and never
 * runs the first two again; one whose completed statements changed is refused.
 */
@Tag("postgres")
class SteppedExecutionResumeTest {
    private static final String INDEX_OIDS = "SELECT relname || '=' || oid FROM pg_class"
            + " WHERE relname IN ('ix_item_title', 'ix_item_rank') ORDER BY relname";

    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    private final InlineMigrations migrations = new InlineMigrations();

    @BeforeEach
    void createTables() throws SQLException {
        db.execute("CREATE TABLE item (id bigint PRIMARY KEY, list_id bigint, title text, rank integer)",
                "INSERT INTO item VALUES (1, 1, 'a', 1), (2, 2, 'a', 2), (3, NULL, 'c', 3)");
    }

    private void fiveIndexes(String... third) {
        migrations.clear();
        migrations.add("s1", List.of(), true, op -> {
            op.createIndexConcurrently("item", index("ix_item_title", "title"));
            op.createIndexConcurrently("item", index("ix_item_rank", "rank"));
            op.createIndexConcurrently("item", uniqueIndex("ux_item_title", third));
            op.createIndexConcurrently("item", index("ix_item_list", "list_id"));
            op.createIndexConcurrently("item", index("ix_item_both", "list_id", "rank"));
        }, op -> op.dropIndexConcurrently("item", "ix_item_title"));
    }

    private Migrator migrator() {
        return migrations.migrator(db);
    }

    private List<List<String>> history() throws SQLException {
        return db.query("SELECT revision, success, completed_statements FROM autogen_history ORDER BY revision");
    }

    private List<String> failAtTheThirdStatement() throws SQLException {
        fiveIndexes("title");
        assertThrows(AutogenException.class, () -> migrator().upgrade());
        assertEquals(List.of(Arrays.asList("s1", "f", "2")), history());
        return db.column(INDEX_OIDS);
    }

    @Test
    void aFixedThirdStatementIsResumedWithoutRunningTheFirstTwoAgain() throws SQLException {
        List<String> firstTwo = failAtTheThirdStatement();
        fiveIndexes("title", "id");

        assertEquals(List.of("s1"), migrator().upgrade().revisions().stream().map(MigrationResult.Step::id).toList());

        assertEquals(firstTwo, db.column(INDEX_OIDS));
        assertEquals(List.of("t"), db.column("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ux_item_title'::regclass"));
        assertTrue(db.exists("ix_item_list") && db.exists("ix_item_both"));
        assertEquals(List.of(Arrays.asList("s1", "t", null)), history());
    }

    @Test
    void repairKeepsTheRowWhoseFirstStatementsAreUnchangedAndTheUpgradeResumes() throws SQLException {
        List<String> firstTwo = failAtTheThirdStatement();
        fiveIndexes("title", "id");

        assertEquals(List.of("kept partly applied revision s1: its first 2 statements ran; the next upgrade runs it"
                + " from statement 3"), migrator().repair());
        assertEquals(List.of(Arrays.asList("s1", "f", "2")), history());

        migrator().upgrade();

        assertEquals(firstTwo, db.column(INDEX_OIDS));
        assertEquals(List.of(Arrays.asList("s1", "t", null)), history());
    }

    @Test
    void aChangeInTheCompletedStatementsIsRefusedSayingWhatRanAndRepairForgetsItAsBefore() throws SQLException {
        failAtTheThirdStatement();
        migrations.clear();
        migrations.add("s1", List.of(), true, op -> {
            op.createIndexConcurrently("item", index("ix_item_title", "title", "id"));
            op.createIndexConcurrently("item", index("ix_item_rank", "rank"));
            op.createIndexConcurrently("item", uniqueIndex("ux_item_title", "title", "id"));
        }, op -> op.dropIndexConcurrently("item", "ix_item_title"));

        AutogenException changed = assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertEquals(ErrorCode.CHECKSUM_MISMATCH, changed.code());
        String message = changed.getMessage();
        assertTrue(message.contains("its first 2 statements ran and stay applied") && message.contains("which of those 2"
                + " changed is unknown") && message.contains("1. CREATE INDEX CONCURRENTLY") && message.contains(
                "UPDATE autogen_history SET completed_statements = 0 WHERE revision = 's1'")
                && message.contains("restore the migration"), message);
        assertEquals(List.of(Arrays.asList("s1", "f", "2")), history());
        assertEquals(List.of("forgot partly applied revision s1, whose first 2 statements had committed; the next"
                + " upgrade runs it from its first statement"), migrator().repair());
        assertEquals(List.of(), history());
    }

    @Test
    void aRowWrittenBeforeTheCompletedChecksumIsRefusedAsBefore() throws SQLException {
        failAtTheThirdStatement();
        db.execute("UPDATE autogen_history SET completed_checksum = NULL");
        fiveIndexes("title", "id");

        AutogenException changed = assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertEquals(ErrorCode.CHECKSUM_MISMATCH, changed.code());
        assertTrue(changed.getMessage().contains("holds no checksum of the statements that ran"), changed::getMessage);
        assertFalse(db.exists("ix_item_list"));
        assertEquals(List.of(Arrays.asList("s1", "f", "2")), history());
    }

    @Test
    void theCompletedChecksumIsRecordedWithTheProgress() throws SQLException {
        failAtTheThirdStatement();

        assertEquals(List.of(Arrays.asList("t", "t")), db.query("SELECT completed_checksum LIKE 'sql1:%',"
                + " completed_checksum <> statements_checksum FROM autogen_history"));
    }
}
