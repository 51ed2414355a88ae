package dev.autogen.runtime.ops;

import dev.autogen.runtime.AutogenException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The enum type operations reverse into each other, and an added label lands where it is placed. */
class EnumTypeOperationsTest {
    private static final EnumTypeDef STATUS = new EnumTypeDef("billing.status", List.of("OPEN", "CLOSED"));
    private static final List<EnumColumn> COLUMNS = List.of(new EnumColumn("billing.invoice", "status"),
            new EnumColumn("orders", "state"));

    @Test
    void createAndDropReverseIntoEachOther() {
        assertEquals(new DropEnumType("billing.status", STATUS), new CreateEnumType(STATUS).reverse());
        assertEquals(new CreateEnumType(STATUS), new DropEnumType("billing.status", STATUS).reverse());
        assertEquals(new CreateEnumType(STATUS), new CreateEnumType(STATUS).reverse().reverse());
    }

    @Test
    void aDropWithoutItsDefinitionCannotBeReversed() {
        AutogenException error = assertThrows(AutogenException.class, () -> new DropEnumType("status", null).reverse());
        assertEquals("Cannot reverse 'drop enum type status': it does not carry the definition of the enum type."
                + " Write the downgrade by hand.", error.getMessage());
    }

    @Test
    void anAddedLabelLandsAtTheEndBeforeOrAfter() {
        assertEquals(List.of("OPEN", "CLOSED", "ARCHIVED"),
                new AddEnumValue("billing.status", "ARCHIVED", null, null, STATUS, COLUMNS).current().values());
        assertEquals(List.of("ARCHIVED", "OPEN", "CLOSED"),
                new AddEnumValue("billing.status", "ARCHIVED", "OPEN", null, STATUS, COLUMNS).current().values());
        assertEquals(List.of("OPEN", "ARCHIVED", "CLOSED"),
                new AddEnumValue("billing.status", "ARCHIVED", null, "OPEN", STATUS, COLUMNS).current().values());
    }

    @Test
    void anAddedLabelIsUndoneByRebuildingTheTypeAsItWas() {
        AddEnumValue add = new AddEnumValue("billing.status", "ARCHIVED", null, "OPEN", STATUS, COLUMNS);
        EnumTypeDef after = new EnumTypeDef("billing.status", List.of("OPEN", "ARCHIVED", "CLOSED"));

        assertEquals(new ReplaceEnumType(after, STATUS, COLUMNS), add.reverse());
        assertEquals(new ReplaceEnumType(STATUS, after, COLUMNS), add.reverse().reverse());
        assertEquals(add.reverse(), add.reverse().reverse().reverse());
    }

    @Test
    void anAddedLabelWithoutThePreviousTypeCannotBeReversed() {
        assertThrows(AutogenException.class, () -> new AddEnumValue("status", "X", null, null, null, List.of()).reverse());
        assertThrows(IllegalArgumentException.class, () -> new AddEnumValue("status", "X", "A", "B", null, List.of()));
    }

    @Test
    void aReplacementKeepsTheName() {
        assertThrows(IllegalArgumentException.class, () -> new ReplaceEnumType(STATUS,
                new EnumTypeDef("status", List.of("OPEN")), COLUMNS));
    }
}
