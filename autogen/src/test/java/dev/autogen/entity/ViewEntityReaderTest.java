package dev.autogen.entity;

import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An {@code @View} entity is read as a view, not a table; an {@code @Subselect} entity is no database object. */
class ViewEntityReaderTest {
    private final SchemaModel model = new EntityModelReader(getClass().getClassLoader(),
            List.of("dev.autogen.fixtures.views"), Map.of(), "test").read();

    @Test
    void theViewEntityBecomesAViewInItsSchemaAndNoTable() {
        assertEquals(Map.of("billing.open_invoice",
                        new ViewDef("billing.open_invoice", "select id, total from billing.invoice where paid = false")),
                model.views());
        assertEquals(Set.of("billing.invoice"), model.tables().keySet());
        assertEquals(Set.of("billing"), model.schemas());
    }
}
