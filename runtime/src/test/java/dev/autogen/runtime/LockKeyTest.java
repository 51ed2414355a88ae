package dev.autogen.runtime;

import dev.autogen.runtime.history.AdvisoryLock;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.SqlMigrations;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migration lock is keyed on the history table itself, however its name is spelled. */
@Tag("postgres")
class LockKeyTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    @BeforeEach
    void prepareDatabase() throws SQLException {
        db.execute("CREATE SCHEMA other");
    }

    @Test
    void spellingsOfOneTableResolveToOneLocation() throws SQLException {
        try (Connection connection = db.connect()) {
            HistoryLocation unqualified = HistoryLocation.resolve(connection, "autogen_history");
            HistoryLocation qualified = HistoryLocation.resolve(connection, "public.autogen_history");
            HistoryLocation quoted = HistoryLocation.resolve(connection, "\"public\".\"autogen_history\"");
            HistoryLocation elsewhere = HistoryLocation.resolve(connection, "other.autogen_history");

            assertEquals(new HistoryLocation("public", "autogen_history"), unqualified);
            assertEquals(unqualified, qualified);
            assertEquals(unqualified, quoted);
            assertNotEquals(AdvisoryLock.keyOf(unqualified), AdvisoryLock.keyOf(elsewhere));
        }
    }

    @Test
    void anUnqualifiedNameFollowsTheSearchPathToAnExistingTable() throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE other.autogen_history (id integer)");
            statement.execute("SET search_path = other, public");

            assertEquals(new HistoryLocation("other", "autogen_history"),
                    HistoryLocation.resolve(connection, "autogen_history"));
        }
    }

    @Test
    void deploysSpellingTheTableDifferentlyWaitForOneAnother() throws SQLException {
        long key = AdvisoryLock.keyOf(new HistoryLocation("public", "autogen_history"));
        try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + key + ")");

            for (String spelling : List.of("autogen_history", "public.autogen_history")) {
                AutogenException e = assertThrows(AutogenException.class, () -> migrator(spelling).upgrade());

                assertEquals(ErrorCode.LOCK_TIMEOUT, e.code(), spelling + ": " + e.getMessage());
                assertTrue(e.getMessage().contains(spelling) && e.getMessage().contains("for more than 300 ms")
                        && e.getMessage().contains("--lock-timeout"), e.getMessage());
            }
            assertEquals(1, migrator("other.autogen_history").upgrade().revisions().size(),
                    "another history table has another lock");
        }
        assertEquals(1, migrator("public.autogen_history").upgrade().revisions().size());
        assertEquals(0, migrator("autogen_history").upgrade().revisions().size());
    }

    private static Migrator migrator(String historyTable) {
        ResolvedMigration one = SqlMigrations.of("k1", List.of(), true, "SELECT 1");
        return Migrator.configure().dataSource(db.dataSource()).migrationSource(() -> List.of(one))
                .historyTable(historyTable).lockTimeout(Duration.ofMillis(300)).load();
    }
}
