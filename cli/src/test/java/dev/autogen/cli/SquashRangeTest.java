package dev.autogen.cli;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.load.ResolvedMigration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which revisions a squash takes, and which ranges it refuses. */
class SquashRangeTest {
    private static final Migration NOTHING = new Migration() {
        @Override
        public void upgrade(Operations op) {
        }

        @Override
        public void downgrade(Operations op) {
        }
    };

    private static ResolvedMigration rev(String id, String... parents) {
        return new ResolvedMigration(id, List.of(parents), id, "V" + id + ".java", () -> NOTHING);
    }

    /** r1 ← r2 ← {a, b} ← m (a merge) ← r5. */
    private static final RevisionGraph MERGED = RevisionGraph.of(List.of(rev("r1"), rev("r2", "r1"), rev("r3a", "r2"),
            rev("r3b", "r2"), rev("r4m", "r3a", "r3b"), rev("r5", "r4m")));

    @Test
    void theDefaultRangeIsEverythingAndHasNoParent() {
        SquashRange range = SquashRange.of(MERGED, "base", "head");

        assertEquals(List.of("r1", "r2", "r3a", "r3b", "r4m", "r5"), range.ids());
        assertEquals(List.of(), range.parents());
    }

    @Test
    void aRangeTakesTheParentsOfItsFirstRevisionAndMayHoldAMerge() {
        SquashRange range = SquashRange.of(MERGED, "r2", "r4m");

        assertEquals(List.of("r2", "r3a", "r3b", "r4m"), range.ids());
        assertEquals(List.of("r1"), range.parents());
        assertEquals("r4m", range.last());
    }

    @Test
    void aRevisionOutsideThatBuildsOnOneInsideOtherThanTheLastIsRefused() {
        AutogenException e = assertThrows(AutogenException.class, () -> SquashRange.of(MERGED, "r2", "r3a"));

        assertEquals(ErrorCode.REVISION_GRAPH, e.code());
        assertTrue(e.getMessage().contains("revision r3b (Vr3b.java) builds on r2"), e.getMessage());
    }

    @Test
    void aRangeOfOneRevisionIsRefused() {
        AutogenException e = assertThrows(AutogenException.class, () -> SquashRange.of(MERGED, "r5", "head"));

        assertEquals(ErrorCode.UNKNOWN_TARGET, e.code());
        assertTrue(e.getMessage().contains("a squash needs two revisions or more"), e.getMessage());
    }

    @Test
    void fromMustBeAnAncestorOfTo() {
        AutogenException e = assertThrows(AutogenException.class, () -> SquashRange.of(MERGED, "r3a", "r3b"));

        assertTrue(e.getMessage().contains("r3a is not an ancestor of r3b"), e.getMessage());
    }
}
