package dev.autogen.cli;

import dev.autogen.cli.testing.CatalogSnapshot;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus oracle sees enum types: their labels in sort order and their casts, so that a schema whose
 * type lacks a label, holds them in another order or lacks Hibernate's casts differs from Hibernate's export.
 */
@Tag("postgres")
class CatalogSnapshotEnumTest {
    @Test
    void labelsInSortOrderAndCastsAreInTheSnapshot() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            database.execute("CREATE TYPE status AS ENUM ('OPEN', 'CLOSED')",
                    "ALTER TYPE status ADD VALUE 'ARCHIVED' BEFORE 'OPEN'",
                    "CREATE CAST (varchar AS status) WITH INOUT AS IMPLICIT");
            try (Connection connection = database.connect()) {
                String snapshot = CatalogSnapshot.of(connection);
                assertTrue(snapshot.contains("enum type public.status ARCHIVED, OPEN, CLOSED\n"), snapshot);
                assertTrue(snapshot.contains("cast character varying as status context i method i\n"), snapshot);
            }
        }
    }
}
