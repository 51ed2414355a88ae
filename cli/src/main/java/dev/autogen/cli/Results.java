package dev.autogen.cli;

import dev.autogen.runtime.MigrationResult;

import java.io.PrintWriter;

/** Prints what an upgrade or downgrade did. */
final class Results {
    private Results() {
    }

    static void print(PrintWriter out, MigrationResult result, Database database) {
        boolean upgrade = result.direction() == MigrationResult.Direction.UPGRADE;
        if (result.isEmpty()) {
            out.println("Nothing to " + (upgrade ? "apply" : "undo") + " on " + database.description() + ".");
            return;
        }
        for (MigrationResult.Step step : result.revisions()) {
            out.println((upgrade ? "Applied " : "Undid ") + step.id() + " " + step.message() + " (" + step.executionMs() + " ms)");
        }
        out.println((upgrade ? "Upgraded" : "Downgraded") + " " + database.description() + ": "
                + result.revisions().size() + " revision(s) in " + result.totalMs() + " ms.");
    }
}
