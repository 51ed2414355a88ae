package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Plural;
import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.VisibleText;

import java.io.PrintWriter;

/** Prints what an upgrade or downgrade did. */
final class Results {
    private Results() {
    }

    static void print(PrintWriter out, MigrationResult result, String database) {
        boolean upgrade = result.direction() == MigrationResult.Direction.UPGRADE;
        if (result.isEmpty()) {
            out.println("Nothing to " + (upgrade ? "apply" : "undo") + " on " + database + ".");
            return;
        }
        for (MigrationResult.Step step : result.revisions()) {
            out.println((upgrade ? "Applied " : "Undid ") + step.id() + " " + VisibleText.oneLine(step.message()) + " (" + step.executionMs() + " ms)");
        }
        out.println((upgrade ? "Upgraded" : "Downgraded") + " " + database + ": "
                + Plural.of(result.revisions().size(), "revision") + " in " + result.totalMs() + " ms.");
    }
}
