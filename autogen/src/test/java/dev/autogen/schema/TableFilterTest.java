package dev.autogen.schema;

import dev.autogen.runtime.ops.SequenceDef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableFilterTest {
    @Test
    void withoutPatternsEveryTableIsIn() {
        assertTrue(TableFilter.all().includes("todo"));
        assertTrue(TableFilter.all().keepsAll());
    }

    @Test
    void unqualifiedPatternsMatchTheTableNameInAnySchemaWithoutRegardToCase() {
        TableFilter filter = TableFilter.of(List.of("todo*", "AUDIT"), List.of("todo_archive"));

        assertTrue(filter.includes("todo"));
        assertTrue(filter.includes("billing.todo_item"));
        assertTrue(filter.includes("audit"));
        assertFalse(filter.includes("todo_archive"));
        assertFalse(filter.includes("invoice"));
    }

    @Test
    void unqualifiedTablesAreInTheCurrentSchemaForQualifiedPatterns() {
        TableFilter filter = TableFilter.of(List.of(), List.of("app.tmp_*", "public.old_*")).inDefaultSchema("app");

        assertFalse(filter.includes("tmp_1"));
        assertTrue(filter.includes("old_1"));
        assertFalse(filter.includes("public.old_1"));
        assertTrue(filter.includes("public.tmp_1"));
    }

    @Test
    void qualifiedPatternsMatchTheSchemaToo() {
        TableFilter filter = TableFilter.of(List.of(), List.of("billing.*", "public.tmp_?"));

        assertFalse(filter.includes("billing.invoice"));
        assertTrue(filter.includes("invoice"));
        assertFalse(filter.includes("tmp_1"));
        assertTrue(filter.includes("tmp_12"));
        assertTrue(filter.includes("other.tmp_1"));
    }

    @Test
    void applyingLeavesOutTablesAndTheSchemasOnlyTheyHeld() {
        TableModel todo = new TableModel("todo", List.of(column("id", "bigint")), null, List.of(), List.of(), List.of(),
                List.of());
        TableModel legacy = new TableModel("billing.legacy_log", List.of(column("id", "bigint")), null, List.of(),
                List.of(), List.of(), List.of());
        SchemaModel model = SchemaModel.of(List.of(todo, legacy), List.of());

        SchemaModel filtered = TableFilter.of(List.of(), List.of("legacy_*")).apply(model);

        assertEquals(Set.of("todo"), filtered.tables().keySet());
        assertEquals(Set.of(), filtered.schemas());
        assertSame(model, TableFilter.all().apply(model));
    }

    @Test
    void anIncludeFilterKeepsNoSchemaNorSequenceOfTheTablesItLeavesOut() {
        TableModel customer = new TableModel("customer", List.of(column("id", "bigint")), null, List.of(), List.of(),
                List.of(), List.of());
        TableModel invoice = new TableModel("billing.invoice", List.of(column("id", "bigint"),
                column("number", "bigint").defaultValue("nextval('billing.invoice_numbers'::regclass)")), null,
                List.of(), List.of(), List.of(), List.of());
        SchemaModel model = SchemaModel.of(List.of(customer, invoice), List.of(new SequenceDef("customer_seq", 1, 50),
                new SequenceDef("billing.invoice_seq", 1, 50), new SequenceDef("billing.invoice_numbers", 1, 1),
                new SequenceDef("shared_ids", 1, 1)));

        SchemaModel filtered = TableFilter.of(List.of("customer*"), List.of()).apply(model);

        assertEquals(Set.of("customer"), filtered.tables().keySet());
        assertEquals(Set.of("customer_seq", "shared_ids"), filtered.sequences().keySet());
        assertEquals(Set.of(), filtered.schemas());
    }

    @Test
    void anExcludeFilterDropsTheSequencesOfTheTablesItLeavesOutAndKeepsASharedOne() {
        TableModel order = new TableModel("order_line", List.of(column("id", "bigint").defaultValue(
                "nextval('order_line_id_seq'::regclass)"), column("ref", "bigint").defaultValue(
                "nextval('shared_refs'::regclass)")), null, List.of(), List.of(), List.of(), List.of());
        TableModel audit = new TableModel("audit_log", List.of(column("id", "bigint"), column("ref", "bigint")
                .defaultValue("nextval('shared_refs'::regclass)"), column("n", "bigint").defaultValue(
                "nextval('\"Audit''s numbers\"'::regclass)")), null, List.of(), List.of(), List.of(), List.of());
        SchemaModel model = SchemaModel.of(List.of(order, audit), List.of(new SequenceDef("order_line_id_seq", 1, 1),
                new SequenceDef("audit_log_seq", 1, 50), new SequenceDef("audit_log_entry_id_seq", 1, 1),
                new SequenceDef("Audit's numbers", 1, 1), new SequenceDef("shared_refs", 1, 1),
                new SequenceDef("archive.audit_log_seq", 1, 1), new SequenceDef("unrelated_ids", 1, 1)));

        SchemaModel filtered = TableFilter.of(List.of(), List.of("audit*")).apply(model);

        assertEquals(Set.of("order_line"), filtered.tables().keySet());
        assertEquals(Set.of("order_line_id_seq", "shared_refs", "archive.audit_log_seq", "unrelated_ids"),
                filtered.sequences().keySet());
    }

    @Test
    void aSequenceNamedAfterAKeptTableStaysThoughALeftOutTableDrawsOnIt() {
        TableModel item = new TableModel("item", List.of(column("id", "bigint")), null, List.of(), List.of(),
                List.of(), List.of());
        TableModel legacy = new TableModel("legacy", List.of(column("id", "bigint").defaultValue(
                "nextval('item_seq'::regclass)")), null, List.of(), List.of(), List.of(), List.of());
        SchemaModel model = SchemaModel.of(List.of(item, legacy), List.of(new SequenceDef("item_seq", 1, 50),
                new SequenceDef("legacy_seq", 1, 50)));

        SchemaModel filtered = TableFilter.of(List.of("item"), List.of()).apply(model);

        assertEquals(Set.of("item_seq"), filtered.sequences().keySet());
    }
}
