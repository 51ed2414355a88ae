package dev.autogen.runtime.graph;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.autogen.runtime.graph.Revisions.graph;
import static dev.autogen.runtime.graph.Revisions.ids;
import static dev.autogen.runtime.graph.Revisions.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationPlannerTest {
    private static final RevisionGraph CHAIN = graph(rev("r1"), rev("r2", "r1"), rev("r3", "r2"), rev("r4", "r3"));
    private static final RevisionGraph BRANCHED = graph(rev("r1"), rev("r2a", "r1"), rev("r2b", "r1"));

    private static MigrationPlanner planner(RevisionGraph graph, String... applied) {
        return new MigrationPlanner(graph, Set.of(applied));
    }

    @Test
    void upgradeHeadRunsEveryPendingRevisionInOrder() {
        assertEquals(List.of("r1", "r2", "r3", "r4"), ids(planner(CHAIN).upgrade("head")));
        assertEquals(List.of("r3", "r4"), ids(planner(CHAIN, "r1", "r2").upgrade("head")));
        assertEquals(List.of(), ids(planner(CHAIN, "r1", "r2", "r3", "r4").upgrade("head")));
    }

    @Test
    void upgradeHeadOfNoMigrationsIsEmpty() {
        assertEquals(List.of(), planner(graph()).upgrade("head"));
    }

    @Test
    void upgradeHeadsRunsEveryBranch() {
        assertEquals(List.of("r1", "r2a", "r2b"), ids(planner(BRANCHED).upgrade("heads")));
        assertEquals(List.of("r2b"), ids(planner(BRANCHED, "r1", "r2a").upgrade("heads")));
    }

    @Test
    void upgradeByRelativeSteps() {
        assertEquals(List.of("r1"), ids(planner(CHAIN).upgrade("+1")));
        assertEquals(List.of("r2", "r3"), ids(planner(CHAIN, "r1").upgrade("+2")));
    }

    @Test
    void upgradeBeyondThePendingRevisionsFails() {
        AutogenException e = assertThrows(AutogenException.class, () -> planner(CHAIN, "r1", "r2").upgrade("+3"));

        assertEquals(ErrorCode.UNKNOWN_TARGET, e.code());
        assertTrue(e.getMessage().contains("only 2"), e.getMessage());
    }

    @Test
    void relativeStepsMustBePositiveNumbers() {
        for (String target : List.of("+0", "+x", "+", "-0", "--1")) {
            AutogenException e = assertThrows(AutogenException.class, () -> {
                MigrationPlanner planner = planner(CHAIN, "r1");
                if (target.startsWith("+")) {
                    planner.upgrade(target);
                } else {
                    planner.downgrade(target);
                }
            }, target);
            assertEquals(ErrorCode.UNKNOWN_TARGET, e.code(), target);
        }
    }

    @Test
    void upgradeToARevisionRunsItsPendingAncestors() {
        assertEquals(List.of("r1", "r2"), ids(planner(CHAIN).upgrade("r2")));
        assertEquals(List.of("r1", "r2a"), ids(planner(BRANCHED).upgrade("r2a")));
        assertEquals(List.of("r3"), ids(planner(CHAIN, "r1", "r2").upgrade("r3")));
    }

    @Test
    void upgradeHeadWithSeveralHeadsNamesThemAndSuggestsMerge() {
        for (String target : List.of("head", "+1")) {
            AutogenException e = assertThrows(AutogenException.class, () -> planner(BRANCHED).upgrade(target));

            assertEquals(ErrorCode.REVISION_GRAPH, e.code());
            assertTrue(e.getMessage().contains("r2a"), e.getMessage());
            assertTrue(e.getMessage().contains("r2b"), e.getMessage());
            assertTrue(e.getMessage().contains("autogen merge"), e.getMessage());
        }
    }

    @Test
    void downgradeByRelativeStepsUndoesNewestFirst() {
        MigrationPlanner planner = planner(CHAIN, "r1", "r2", "r3");

        assertEquals(List.of("r3"), ids(planner.downgrade("-1")));
        assertEquals(List.of("r3", "r2"), ids(planner.downgrade("-2")));
    }

    @Test
    void downgradeBeyondTheAppliedRevisionsFails() {
        AutogenException e = assertThrows(AutogenException.class, () -> planner(CHAIN, "r1").downgrade("-2"));

        assertEquals(ErrorCode.UNKNOWN_TARGET, e.code());
        assertTrue(e.getMessage().contains("only 1"), e.getMessage());
    }

    @Test
    void downgradeToBaseUndoesEverything() {
        assertEquals(List.of("r3", "r2", "r1"), ids(planner(CHAIN, "r1", "r2", "r3").downgrade("base")));
        assertEquals(List.of(), planner(CHAIN).downgrade("base"));
    }

    @Test
    void downgradeToARevisionKeepsItAndItsAncestors() {
        assertEquals(List.of("r4", "r3"), ids(planner(CHAIN, "r1", "r2", "r3", "r4").downgrade("r2")));
        assertEquals(List.of("r2b"), ids(planner(BRANCHED, "r1", "r2a", "r2b").downgrade("r2a")));
    }

    @Test
    void downgradeToARevisionThatIsNotAppliedFails() {
        AutogenException e = assertThrows(AutogenException.class, () -> planner(CHAIN, "r1").downgrade("r3"));

        assertEquals(ErrorCode.UNKNOWN_TARGET, e.code());
        assertTrue(e.getMessage().contains("r3"), e.getMessage());
    }

    @Test
    void singleHeadOfNoMigrationsFails() {
        AutogenException e = assertThrows(AutogenException.class, () -> planner(graph()).singleHead());

        assertEquals(ErrorCode.UNKNOWN_TARGET, e.code());
    }
}
