package dev.autogen.database;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Row counts: all rows and the rows each condition matches, in one query per table. */
@Tag("postgres")
class RowCountsTest {
    @Test
    void countsAllRowsAndTheRowsEachConditionMatches() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            database.execute("CREATE TABLE note (id bigint PRIMARY KEY, owner text)", "CREATE TABLE empty (id bigint)",
                    "INSERT INTO note VALUES (1, NULL), (2, 'ann'), (3, NULL)");
            try (Connection connection = database.connect()) {
                Map<String, RowCounts.TableRows> rows = RowCounts.matching(connection, Map.of(
                        "note", List.of("\"owner\" IS NULL", "length(\"owner\"::text) > 2"), "empty", Set.of()));
                assertEquals(new RowCounts.TableRows(3, Map.of("\"owner\" IS NULL", 2L, "length(\"owner\"::text) > 2", 1L)),
                        rows.get("note"));
                assertEquals(new RowCounts.TableRows(0, Map.of()), rows.get("empty"));
            }
        }
    }

    @Test
    void aConditionTheTableRejectsStillGivesTheTotal() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            database.execute("CREATE TABLE note (id bigint PRIMARY KEY)", "INSERT INTO note VALUES (1)");
            try (Connection connection = database.connect()) {
                assertEquals(Map.of("note", new RowCounts.TableRows(1, Map.of())),
                        RowCounts.matching(connection, Map.of("note", List.of("\"gone\" IS NULL"))));
            }
        }
    }
}
