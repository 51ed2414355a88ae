package dev.autogen.schema;

import dev.autogen.runtime.ops.IndexDef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexFilterTest {
    @Test
    void patternsNameTheIndexAloneOrWithItsTableAndSchema() {
        IndexFilter byName = IndexFilter.excluding(List.of("IX_Legacy_*"));
        IndexFilter byTable = IndexFilter.excluding(List.of("todo.ix_*"));
        IndexFilter bySchema = IndexFilter.excluding(List.of("billing.invoice.*"));

        assertFalse(byName.includes("billing.invoice", "ix_legacy_number"));
        assertTrue(byName.includes("todo", "ix_todo_title"));
        assertFalse(byTable.includes("todo", "ix_todo_title"));
        assertTrue(byTable.includes("other", "ix_other_title"));
        assertFalse(bySchema.includes("billing.invoice", "ix_invoice_number"));
        assertTrue(bySchema.includes("invoice", "ix_invoice_number"));
        assertFalse(bySchema.inDefaultSchema("billing").includes("invoice", "ix_invoice_number"));
    }

    @Test
    void applyingLeavesOutOnlyTheMatchingIndexes() {
        TableModel todo = new TableModel("todo", List.of(column("id", "bigint"), column("title", "text")), null,
                List.of(), List.of(new IndexDef("ix_todo_title", List.of("title"), false),
                new IndexDef("hand_todo_lower", List.of("lower(title)"), false)), List.of(), List.of());
        SchemaModel model = SchemaModel.of(List.of(todo), List.of());

        SchemaModel filtered = IndexFilter.excluding(List.of("hand_*")).apply(model);

        assertEquals(List.of("ix_todo_title"), filtered.tables().get("todo").indexes().stream().map(IndexDef::name)
                .toList());
        assertSame(model, IndexFilter.excluding(List.of()).apply(model));
    }
}
