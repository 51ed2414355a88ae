package dev.autogen.runtime.graph;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.autogen.runtime.graph.Revisions.graph;
import static dev.autogen.runtime.graph.Revisions.ids;
import static dev.autogen.runtime.graph.Revisions.rev;
import static dev.autogen.runtime.graph.Revisions.squash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** r1 ← (r2 ← r3 ← r4, squashed into s4) ← r5, whose declared parent is the last replaced revision. */
class SquashPlanningTest {
    private static final List<String> RANGE = List.of("r2", "r3", "r4");

    private static RevisionGraph withOldFiles() {
        return graph(rev("r1"), rev("r2", "r1"), rev("r3", "r2"), rev("r4", "r3"), squash("s4", RANGE, "r1"),
                rev("r5", "r4"));
    }

    private static RevisionGraph withoutOldFiles() {
        return graph(rev("r1"), squash("s4", RANGE, "r1"), rev("r5", "r4"));
    }

    private static MigrationPlanner planner(RevisionGraph graph, String... applied) {
        return new MigrationPlanner(graph, Set.of(applied));
    }

    @Test
    void theGraphSeesTheSquashInsteadOfTheRangeAndRemapsTheChildsParent() {
        for (RevisionGraph graph : List.of(withOldFiles(), withoutOldFiles())) {
            assertEquals(List.of("r1", "s4", "r5"), ids(graph.ordered()));
            assertEquals(List.of("s4"), graph.get("r5").parents());
            assertEquals(List.of("r5"), graph.heads());
            assertTrue(graph.knows("r3"));
            assertFalse(graph.contains("r3"));
        }
    }

    @Test
    void aFreshDatabaseRunsTheSquashAlone() {
        assertEquals(List.of("r1", "s4", "r5"), ids(planner(withOldFiles()).upgrade("head")));
        assertEquals(List.of("r1", "s4", "r5"), ids(planner(withoutOldFiles()).upgrade("head")));
    }

    @Test
    void aDatabaseThatAppliedTheRangeCountsTheSquashAsApplied() {
        assertEquals(List.of("r5"), ids(planner(withoutOldFiles(), "r1", "r2", "r3", "r4").upgrade("head")));
        assertEquals(List.of("s4"), withoutOldFiles().headsOf(List.of("r1", "r2", "r3", "r4")));
        assertEquals(List.of(), ids(planner(withoutOldFiles(), "r1", "r2", "r3", "r4", "r5").upgrade("head")));
    }

    @Test
    void aDatabasePartWayThroughRunsTheRestOfTheOldFiles() {
        assertEquals(List.of("r3", "r4", "r5"), ids(planner(withOldFiles(), "r1", "r2").upgrade("head")));
        assertEquals(List.of("r2", "r1"), ids(planner(withOldFiles(), "r1", "r2").downgrade("base")));
    }

    @Test
    void aDatabasePartWayThroughWithoutTheOldFilesGetsAnErrorNamingThem() {
        AutogenException e = assertThrows(AutogenException.class,
                () -> planner(withoutOldFiles(), "r1", "r2").upgrade("head"));

        assertEquals(ErrorCode.SQUASH_INCOMPLETE, e.code());
        assertEquals(25, e.code().exitCode());
        assertTrue(e.getMessage().contains("applied r2 but not r3, r4"), e.getMessage());
        assertTrue(e.getMessage().contains("files of r3, r4 are gone"), e.getMessage());
    }

    @Test
    void downgradeUndoesTheSquashAsOneStep() {
        assertEquals(List.of("r5", "s4"), ids(planner(withoutOldFiles(), "r1", "r2", "r3", "r4", "r5").downgrade("-2")));
        assertEquals(List.of("s4"), ids(planner(withoutOldFiles(), "r1", "s4").downgrade("r1")));
    }

    @Test
    void aReplacedRevisionAsTargetNamesTheSquash() {
        AutogenException e = assertThrows(AutogenException.class, () -> planner(withOldFiles()).upgrade("r3"));

        assertEquals(ErrorCode.UNKNOWN_TARGET, e.code());
        assertTrue(e.getMessage().contains("squashed into s4"), e.getMessage());
    }

    @Test
    void aRevisionReplacedByTwoSquashesIsRefused() {
        AutogenException e = assertThrows(AutogenException.class, () -> graph(rev("r1"),
                squash("a", List.of("r2"), "r1"), squash("b", List.of("r2"), "r1")));

        assertEquals(ErrorCode.REVISION_GRAPH, e.code());
    }

    @Test
    void aSquashOfASquashStandsForEverythingBoth() {
        RevisionGraph graph = graph(rev("r1"), squash("s4", RANGE, "r1"), rev("r5", "r4"),
                squash("s5", List.of("s4", "r5"), "r1"), rev("r6", "r5"));

        assertEquals(List.of("r1", "s5", "r6"), ids(graph.ordered()));
        assertEquals(List.of("r6"), ids(new MigrationPlanner(graph, Set.of("r1", "r2", "r3", "r4", "r5")).upgrade("head")));
        assertEquals(List.of("r6"), ids(new MigrationPlanner(graph, Set.of("r1", "s4", "r5")).upgrade("head")));
    }
}
