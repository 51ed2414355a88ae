package dev.autogen.runtime.graph;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.load.ResolvedMigration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.autogen.runtime.graph.Revisions.graph;
import static dev.autogen.runtime.graph.Revisions.ids;
import static dev.autogen.runtime.graph.Revisions.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionGraphTest {
    @Test
    void orderPutsParentsFirstAndBreaksTiesById() {
        RevisionGraph graph = graph(
                rev("5_merge", "3_b", "4_a"),
                rev("4_a", "1_root"),
                rev("3_b", "2_c"),
                rev("2_c", "1_root"),
                rev("1_root"));

        assertEquals(List.of("1_root", "2_c", "3_b", "4_a", "5_merge"), ids(graph.ordered()));
    }

    @Test
    void aChildComesAfterItsParentEvenWhenItsIdSortsFirst() {
        RevisionGraph graph = graph(rev("b"), rev("a", "b"), rev("c"));

        assertEquals(List.of("b", "a", "c"), ids(graph.ordered()));
    }

    @Test
    void headsAreTheRevisionsWithoutChildren() {
        RevisionGraph graph = graph(rev("1"), rev("2", "1"), rev("3b", "2"), rev("3a", "2"));

        assertEquals(List.of("3a", "3b"), graph.heads());
        assertEquals(List.of("1"), graph(rev("1")).heads());
        assertTrue(graph().heads().isEmpty());
        assertTrue(graph().isEmpty());
    }

    @Test
    void headsOfASubsetIgnoreItsAncestors() {
        RevisionGraph graph = graph(rev("1"), rev("2", "1"), rev("3b", "2"), rev("3a", "2"));

        assertEquals(List.of("2"), graph.headsOf(List.of("1", "2")));
        assertEquals(List.of("3a", "3b"), graph.headsOf(List.of("1", "2", "3a", "3b")));
        assertEquals(Set.of("1", "2", "3a"), graph.ancestorsInclusive(List.of("3a")));
    }

    @Test
    void duplicateIdsNameBothOrigins() {
        AutogenException e = assertThrows(AutogenException.class, () -> RevisionGraph.of(List.of(
                rev("1"), new ResolvedMigration("1", List.of(), "copy", "Copy.java",
                        () -> null))));

        assertEquals(ErrorCode.REVISION_GRAPH, e.code());
        assertTrue(e.getMessage().contains("V1.java"), e.getMessage());
        assertTrue(e.getMessage().contains("Copy.java"), e.getMessage());
    }

    @Test
    void unknownParentIsNamed() {
        AutogenException e = assertThrows(AutogenException.class, () -> graph(rev("1"), rev("2", "missing_0")));

        assertEquals(ErrorCode.REVISION_GRAPH, e.code());
        assertTrue(e.getMessage().contains("missing_0"), e.getMessage());
        assertTrue(e.getMessage().contains("V2.java"), e.getMessage());
    }

    @Test
    void cycleIsReported() {
        AutogenException e = assertThrows(AutogenException.class,
                () -> graph(rev("0"), rev("1", "0", "3"), rev("2", "1"), rev("3", "2")));

        assertEquals(ErrorCode.REVISION_GRAPH, e.code());
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        assertTrue(e.getMessage().contains("1, 2, 3"), e.getMessage());
    }

    @Test
    void revisionThatIsItsOwnParentIsACycle() {
        AutogenException e = assertThrows(AutogenException.class, () -> graph(rev("1", "1")));

        assertEquals(ErrorCode.REVISION_GRAPH, e.code());
    }

    @Test
    void resolveByFullIdOrUniquePrefix() {
        RevisionGraph graph = graph(rev("20240101_1200"), rev("20240101_1300", "20240101_1200"),
                rev("20240202_0900", "20240101_1300"));

        assertEquals("20240101_1300", graph.resolve("20240101_1300"));
        assertEquals("20240202_0900", graph.resolve("202402"));
        assertTrue(graph.contains("20240101_1200"));
        assertFalse(graph.contains("202401"));
    }

    @Test
    void fullIdWinsOverLongerIdsItPrefixes() {
        RevisionGraph graph = graph(rev("abc"), rev("abcd", "abc"));

        assertEquals("abc", graph.resolve("abc"));
    }

    @Test
    void ambiguousPrefixListsCandidates() {
        RevisionGraph graph = graph(rev("20240101_1200"), rev("20240101_1300", "20240101_1200"),
                rev("20240202_0900", "20240101_1300"));

        AutogenException e = assertThrows(AutogenException.class, () -> graph.resolve("202401"));

        assertEquals(ErrorCode.UNKNOWN_TARGET, e.code());
        assertTrue(e.getMessage().contains("20240101_1200, 20240101_1300"), e.getMessage());
        assertFalse(e.getMessage().contains("20240202_0900"), e.getMessage());
    }

    @Test
    void unknownTargetListsKnownRevisions() {
        RevisionGraph graph = graph(rev("20240101_1200"), rev("20240202_0900", "20240101_1200"));

        AutogenException e = assertThrows(AutogenException.class, () -> graph.resolve("2025"));

        assertEquals(ErrorCode.UNKNOWN_TARGET, e.code());
        assertTrue(e.getMessage().contains("'2025'"), e.getMessage());
        assertTrue(e.getMessage().contains("20240101_1200, 20240202_0900"), e.getMessage());
    }

    @Test
    void getOfUnknownIdFails() {
        AutogenException e = assertThrows(AutogenException.class, () -> graph(rev("1")).get("2"));

        assertEquals(ErrorCode.UNKNOWN_TARGET, e.code());
    }
}
