package dev.autogen.runtime;

import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static dev.autogen.runtime.Ddl.check;
import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile text in messages, comments and hand-written SQL, on the real server and through real
 * psql: it stays text, under either setting of {@code standard_conforming_strings}.
 */
@Tag("postgres")
class InertTextLiveTest {
    private static final String HOSTILE_COMMENT = "C:\\temp\\' ; CREATE TABLE pwned (id integer); --";

    private final List<ResolvedMigration> migrations = new ArrayList<>();
    private TestDatabase db;

    @TempDir
    Path temp;

    @BeforeEach
    void createDatabase() throws SQLException {
        db = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    void commitInsideExecuteIsRefusedBeforeAnythingRuns() throws SQLException {
        add("r1", "create a", true, op -> {
            op.execute("CREATE TABLE a (id integer); COMMIT");
            op.execute("SELECT 1 / 0");
        });

        AutogenException online = assertThrows(AutogenException.class, () -> migrator().upgrade());
        AutogenException offline = assertThrows(AutogenException.class, () -> migrator().upgradeSql("base", "head"));

        assertEquals(ErrorCode.MIGRATION_FAILED, online.code());
        assertTrue(online.getMessage().contains("r1 (Vr1.java)") && online.getMessage().contains("'COMMIT'")
                && online.getMessage().contains("transactional = false"), online.getMessage());
        assertEquals(online.getMessage(), offline.getMessage());
        assertFalse(db.exists("a"), "nothing of the migration ran");
        assertEquals(List.of(), migrator().current());
    }

    @Test
    void rollbackInADowngradeIsRefusedToo() throws SQLException {
        add("r1", "create a", true, op -> op.createTable("a", column("id", "integer")),
                op -> op.execute("DROP TABLE a; ROLLBACK"));
        migrator().upgrade();

        AutogenException e = assertThrows(AutogenException.class, () -> migrator().downgrade("base"));

        assertTrue(e.getMessage().contains("downgrade() would run 'ROLLBACK'"), e.getMessage());
        assertTrue(db.exists("a"));
        assertEquals(List.of("r1"), migrator().current());
    }

    @Test
    void aCommitSmuggledIntoAnExpressionIsRefusedToo() throws SQLException {
        add("r1", "create a", true, op -> {
            op.createTable("a", column("id", "integer"));
            op.addCheck("a", check("c", "true); COMMIT; SELECT (1"));
            op.execute("SELECT 1 / 0");
        });

        AutogenException e = assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertTrue(e.getMessage().contains("upgrade() would run 'COMMIT'"), e.getMessage());
        assertFalse(db.exists("a"));
    }

    @Test
    void aNonTransactionalMigrationManagesItsOwnTransactions() throws SQLException {
        add("r1", "batch", false, op -> op.execute("BEGIN; CREATE TABLE a (id integer); COMMIT"));

        migrator().upgrade();

        assertTrue(db.exists("a"));
        assertEquals(List.of("r1"), migrator().current());
    }

    @Test
    void aMessageIsStoredUpToTheLimitCountedInCharacters() throws SQLException {
        String longest = "👍".repeat(HistoryTable.DESCRIPTION_LENGTH);
        add("r1", longest, true, op -> op.createTable("a", column("id", "integer")));
        add("r2", longest + "x", true, op -> op.createTable("b", column("id", "integer")));

        AutogenException e = assertThrows(AutogenException.class, () -> migrator().upgrade());

        assertEquals(List.of(longest), db.column("SELECT description FROM autogen_history"));
        assertTrue(e.getMessage().contains("r2 (Vr2.java) has 2001 characters")
                && e.getMessage().contains("at most 2000"), e.getMessage());
        assertFalse(db.exists("b"));
    }

    @Test
    void aCommentWithBackslashesStaysACommentWhenStringsAreNotStandard() throws SQLException {
        db.execute("ALTER DATABASE " + db.name() + " SET standard_conforming_strings = off");
        add("r1", "create t", true, op -> {
            op.createTable("t", column("id", "integer"));
            op.setTableComment("t", HOSTILE_COMMENT);
        });

        migrator().upgrade();

        assertFalse(db.exists("pwned"));
        assertEquals(List.of(HOSTILE_COMMENT), db.column("SELECT obj_description('t'::regclass, 'pg_class')"));
    }

    @Test
    void theOfflineScriptRunsThroughPsqlWithoutRunningHostileText() throws Exception {
        db.execute("ALTER DATABASE " + db.name() + " SET standard_conforming_strings = off");
        Path marker = temp.resolve("shell-ran");
        String message = "x\n\\! touch " + marker + "\nDROP TABLE t; --";
        String columnComment = "first line\n\\! touch " + marker + "\n\\q\n' ; DROP TABLE t; --";
        add("r1", "create t", true, op -> {
            op.createTable("t", column("id", "integer"));
            op.setTableComment("t", HOSTILE_COMMENT);
            op.setComment("t", "id", columnComment);
        });
        add("r2", message, true, op -> op.execute("SELECT 1"));
        Path script = temp.resolve("upgrade.sql");
        Files.writeString(script, offlineMigrator().upgradeSql("base", "head"), StandardCharsets.UTF_8);

        Process psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                "-U", TestDatabase.USER, "-d", db.name(), "-f", script.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("psql.log").toFile()).start();

        assertEquals(0, psql.waitFor(), () -> read(temp.resolve("psql.log")));
        assertFalse(Files.exists(marker), "psql ran a shell command from a message");
        assertTrue(db.exists("t"), "the message dropped a table");
        assertFalse(db.exists("pwned"));
        assertEquals(List.of(HOSTILE_COMMENT), db.column("SELECT obj_description('t'::regclass, 'pg_class')"));
        assertEquals(List.of(columnComment), db.column("SELECT col_description('t'::regclass, 1)"));
        assertEquals(List.of("create t", message), db.column("SELECT description FROM autogen_history ORDER BY revision"));
        assertTrue(migrator().upgrade().isEmpty(), "the script recorded the same checksums as an upgrade");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private void add(String id, String message, boolean transactional, Consumer<Operations> upgrade) {
        add(id, message, transactional, upgrade, op -> op.execute("SELECT 1"));
    }

    private void add(String id, String message, boolean transactional, Consumer<Operations> upgrade,
                     Consumer<Operations> downgrade) {
        List<String> parents = migrations.isEmpty() ? List.of() : List.of(migrations.get(migrations.size() - 1).id());
        migrations.add(new ResolvedMigration(id, parents, message, "V" + id + ".java", () -> new Migration() {
            @Override
            public void upgrade(Operations op) {
                upgrade.accept(op);
            }

            @Override
            public void downgrade(Operations op) {
                downgrade.accept(op);
            }
        }, transactional));
    }

    private Migrator migrator() {
        List<ResolvedMigration> snapshot = List.copyOf(migrations);
        return Migrator.configure().dataSource(db.dataSource()).migrationSource(() -> snapshot).load();
    }

    private Migrator offlineMigrator() {
        List<ResolvedMigration> snapshot = List.copyOf(migrations);
        return Migrator.configure().dataSource(new UrlDataSource("jdbc:postgresql://127.0.0.1:1/x", "x", null))
                .migrationSource(() -> snapshot).load();
    }
}
