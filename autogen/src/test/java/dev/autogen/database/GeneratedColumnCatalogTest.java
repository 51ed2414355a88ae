package dev.autogen.database;

import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.testing.TestDatabase;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A stored generated column is read with its expression, not as a column with a default. */
@Tag("postgres")
class GeneratedColumnCatalogTest {
    @Test
    void expressionIsReadAndNoDefault() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            database.execute("CREATE TABLE line (id bigint PRIMARY KEY, price numeric(10,2), qty integer DEFAULT 1,"
                    + " total numeric(10,2) GENERATED ALWAYS AS (price * qty) STORED NOT NULL)");
            try (Connection connection = database.connect()) {
                SchemaModel model = DatabaseReader.currentSchemaOnly().read(connection);
                ColumnDef total = model.tables().get("line").column("total").orElseThrow();
                assertEquals("(price * (qty)::numeric)", total.generatedAs());
                assertNull(total.defaultValue());
                assertEquals(false, total.nullable());
                assertEquals("1", model.tables().get("line").column("qty").orElseThrow().defaultValue());
                assertNull(model.tables().get("line").column("qty").orElseThrow().generatedAs());
                Map<String, Long> counts = RowCounts.of(connection, List.of("line"));
                assertEquals(Map.of("line", 0L), counts);
            }
        }
    }
}
