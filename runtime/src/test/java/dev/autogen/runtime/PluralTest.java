package dev.autogen.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counts read right for one and for many. */
class PluralTest {
    @Test
    void oneIsSingularAndTheRestPlural() {
        assertEquals("1 revision", Plural.of(1, "revision"));
        assertEquals("2 revisions", Plural.of(2, "revision"));
        assertEquals("0 revisions", Plural.of(0, "revision"));
        assertEquals("2 indexes", Plural.of(2, "index", "indexes"));
        assertEquals("is", Plural.verb(1));
        assertEquals("are", Plural.verb(2));
    }
}
