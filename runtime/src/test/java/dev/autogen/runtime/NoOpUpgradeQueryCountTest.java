package dev.autogen.runtime;

import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.CountingDataSource;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upgrade with nothing to do reads the history in one query, whatever the number of applied
 * revisions: the statements it runs are the same with 10 as with 300 applied, and one of them reads
 * the history table. No timing is asserted.
 */
@Tag("postgres")
class NoOpUpgradeQueryCountTest {
    private static TestDatabase database;

    @BeforeAll
    static void create() throws Exception {
        database = TestDatabase.create();
    }

    @AfterAll
    static void drop() throws Exception {
        database.close();
    }

    @Test
    void aNoOpUpgradeRunsTheSameStatementsForAShortAndALongHistory() throws Exception {
        List<String> shortHistory = noOpUpgradeAfter(10);
        List<String> longHistory = noOpUpgradeAfter(300);

        assertEquals(shortHistory, longHistory, "the statements of a no-op upgrade at 10 and at 300 applied");
        long historyReads = longHistory.stream()
                .filter(sql -> sql.toLowerCase(Locale.ROOT).contains("from autogen_history")).count();
        assertEquals(1, historyReads, "statements reading the history: " + longHistory);
        assertTrue(longHistory.size() <= 10, "a handful of statements, but " + longHistory.size() + ": " + longHistory);
    }

    private static List<String> noOpUpgradeAfter(int applied) throws Exception {
        database.reset();
        List<ResolvedMigration> chain = chain(applied);
        Migrator.configure().dataSource(database.dataSource()).migrationSource(() -> chain).load().upgrade();
        CountingDataSource counting = new CountingDataSource(database.dataSource());
        MigrationResult result = Migrator.configure().dataSource(counting).migrationSource(() -> chain).load().upgrade();
        assertEquals(0, result.revisions().size());
        return counting.executed();
    }

    private static List<ResolvedMigration> chain(int length) {
        List<ResolvedMigration> chain = new ArrayList<>();
        for (int i = 1; i <= length; i++) {
            String id = String.format(Locale.ROOT, "r%05d", i);
            List<String> parents = i == 1 ? List.of() : List.of(String.format(Locale.ROOT, "r%05d", i - 1));
            chain.add(new ResolvedMigration(id, parents, "trivial " + i, "test", Trivial::new));
        }
        return chain;
    }

    /** Runs one {@code SELECT 1}. */
    private static final class Trivial implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.execute("SELECT 1");
        }

        @Override
        public void downgrade(Operations op) {
        }
    }
}
