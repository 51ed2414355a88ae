package dev.autogen.schema;

import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.SequenceDef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Naming an entity model's objects relative to the session's current schema. */
class CurrentSchemaTest {
    private static final SchemaModel ENTITIES = SchemaModel.of(List.of(
            table("plain", null), table("public.listed", "app.ledger"), table("app.ledger", "plain"),
            table("billing.invoice", "public.listed")),
            List.of(new SequenceDef("public.ids", 1, 50), new SequenceDef("app.ledger_ids", 1, 50),
                    new SequenceDef("billing.invoice_ids", 1, 1)));

    @Test
    void inPublicAnExplicitPublicIsUnqualifiedAndEveryOtherSchemaStays() {
        SchemaModel model = CurrentSchema.rebase(ENTITIES, "public");

        assertEquals(Set.of("app.ledger", "billing.invoice", "listed", "plain"), model.tables().keySet());
        assertEquals(Set.of("app.ledger_ids", "billing.invoice_ids", "ids"), model.sequences().keySet());
        assertEquals("listed", model.tables().get("billing.invoice").foreignKeys().get(0).referencedTable());
        assertEquals("app.ledger", model.tables().get("listed").foreignKeys().get(0).referencedTable());
        assertEquals(Set.of("app", "billing"), model.schemas());
        assertEquals("nextval('listed_number_seq'::regclass)", number(model, "listed").defaultValue());
    }

    @Test
    void inAnotherSchemaThatOneIsUnqualifiedAndPublicIsQualified() {
        SchemaModel model = CurrentSchema.rebase(ENTITIES, "app");

        assertEquals(Set.of("billing.invoice", "ledger", "plain", "public.listed"), model.tables().keySet());
        assertEquals(Set.of("billing.invoice_ids", "ledger_ids", "public.ids"), model.sequences().keySet());
        assertEquals("public.listed", model.tables().get("billing.invoice").foreignKeys().get(0).referencedTable());
        assertEquals("ledger", model.tables().get("public.listed").foreignKeys().get(0).referencedTable());
        assertEquals(Set.of("billing", "public"), model.schemas());
        assertEquals("nextval('ledger_number_seq'::regclass)", number(model, "ledger").defaultValue());
        assertEquals("nextval('public.listed_number_seq'::regclass)", number(model, "public.listed").defaultValue());
    }

    @Test
    void aModelWithoutSchemasIsUnchangedInPublic() {
        SchemaModel plain = SchemaModel.of(List.of(table("plain", null), table("other", "plain")), List.of());

        assertEquals(plain, CurrentSchema.rebase(plain, "public"));
    }

    private static ColumnDef number(SchemaModel model, String table) {
        return model.tables().get(table).column("number").orElseThrow();
    }

    private static TableModel table(String name, String references) {
        List<ForeignKeyDef> keys = references == null ? List.of()
                : List.of(new ForeignKeyDef(name.replace('.', '_') + "_fk", List.of("ref"), references, List.of("id"),
                ForeignKeyAction.NO_ACTION));
        ColumnDef number = ColumnDef.of("number", "integer")
                .defaultValue(CurrentSchema.nextval(name.replaceFirst("$", "_number_seq")));
        return new TableModel(name, List.of(ColumnDef.of("id", "bigint"), ColumnDef.of("ref", "bigint"), number),
                new PrimaryKeyDef(null, List.of("id")), List.of(), List.of(), keys, List.of());
    }
}
