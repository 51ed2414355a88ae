package dev.autogen.cli;

import dev.autogen.entity.EntityModelReader;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With Hibernate Validator on the class path (this module's tests have it), the constraints shape the
 * DDL as in Hibernate's own export, unless {@code hibernate.validator.apply_to_ddl} is false or
 * {@code jakarta.persistence.validation.mode} leaves DDL out.
 */
class BeanValidationDdlTest {
    private static TableModel table(String name, Map<String, String> settings) {
        return new EntityModelReader(BeanValidationDdlTest.class.getClassLoader(), List.of("dev.autogen.it.springapp"),
                settings, "test classpath").read().tables().get(name);
    }

    private static ColumnDef column(TableModel table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void constraintsBecomeNotNullLengthsPrecisionAndChecks() {
        TableModel petType = table("pettype", Map.of());
        assertFalse(column(petType, "typename").nullable());
        assertEquals("varchar(80)", column(petType, "typename").type());
        TableModel pet = table("pet", Map.of());
        assertFalse(column(pet, "name").nullable(), "@NotEmpty");
        assertEquals(1, pet.checks().size(), pet.checks().toString());
        assertTrue(pet.checks().get(0).expression().contains("weightKg>=0"), pet.checks().toString());
        assertEquals("numeric(10,2)", column(table("visit", Map.of()), "feeamount").type(), "@Digits");
        assertFalse(column(table("visit", Map.of()), "pet_id").nullable(), "@NotNull on a many-to-one");
    }

    @Test
    void theSettingsTurnItOff() {
        for (Map<String, String> off : List.of(Map.of("hibernate.validator.apply_to_ddl", "false"),
                Map.of("jakarta.persistence.validation.mode", "none"),
                Map.of("jakarta.persistence.validation.mode", "callback"),
                Map.of("javax.persistence.validation.mode", "none"))) {
            TableModel petType = table("pettype", off);
            assertTrue(column(petType, "typename").nullable(), off.toString());
            assertEquals("varchar(255)", column(petType, "typename").type(), off.toString());
            assertTrue(table("pet", off).checks().isEmpty(), off.toString());
        }
        assertFalse(column(table("pettype", Map.of("jakarta.persistence.validation.mode", "ddl,callback")),
                "typename").nullable());
    }
}
