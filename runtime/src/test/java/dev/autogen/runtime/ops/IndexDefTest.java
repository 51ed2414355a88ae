package dev.autogen.runtime.ops;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexDefTest {
    @Test
    void columnsAreAscendingUnlessNamedDescending() {
        IndexDef ascending = new IndexDef("ix", List.of("a", "b"), false);
        IndexDef newestFirst = ascending.descending("b");

        assertEquals(List.of(false, false), ascending.descending());
        assertEquals(List.of(false, true), newestFirst.descending());
        assertEquals(List.of("b"), newestFirst.descendingColumns());
        assertEquals(ascending, new IndexDef("ix", List.of("a", "b"), false, List.of()));
        assertNotEquals(ascending, newestFirst);
    }

    @Test
    void anUnknownColumnOrAMismatchedListIsRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new IndexDef("ix", List.of("a"), false).descending("z"));
        assertTrue(unknown.getMessage().contains("no column z"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IndexDef("ix", List.of("a"), false, List.of(true, false)));
    }
}
