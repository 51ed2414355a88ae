package dev.autogen.cli;

import dev.autogen.diff.Change;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.runtime.VisibleText;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** What {@code check} and {@code revision} say about drift, and the way out. */
final class DriftReport {
    private static final int LISTED = 30;

    private DriftReport() {
    }

    /** The drift check's one-line verdict when the database matches its migrations, or why it did not run. */
    static void printClean(PrintWriter out, DriftCheck check, Optional<DriftCheck.Drift> drift) {
        if (drift.isPresent()) {
            out.println("Drift: none; the database is what its migrations make (" + drift.get().cost() + ").");
        } else if (check.notice() != null) {
            out.println("Drift: not checked, " + check.notice() + "; --drift=always checks it.");
        }
    }

    /**
     * The drift found, for {@code check}: an adopted database (no migration yet) is told how to record
     * its schema as the first revision, any other how to put the outside changes into a revision.
     */
    static void printForCheck(PrintWriter out, DriftCheck.Drift drift, boolean firstRevision, boolean matchesEntities) {
        if (firstRevision) {
            out.println("The database has a schema but no migration made it (no revision yet): it was created outside"
                    + " autogen, e.g. by Hibernate's ddl-auto or another tool (" + drift.cost() + ").");
            out.println(matchesEntities ? "Its schema already matches the entities." : "Its schema differs from the"
                    + " entities as listed above.");
            out.println("To adopt it: 'autogen revision -m \"adopt existing schema\"' writes a first revision that"
                    + " records the existing schema, then 'autogen stamp head' records the database at it without"
                    + " running anything" + (matchesEntities ? "; 'autogen check' is clean after that."
                    : "; then 'autogen revision -m \"...\"' writes the entity changes and 'autogen upgrade' applies"
                    + " them."));
            out.println("The first revision records:");
            listed(out, drift.plan(), "  ");
            return;
        }
        out.println("Drift: the database has changes that its migrations do not make (made outside them, e.g. by"
                + " Hibernate's ddl-auto=update or by hand; " + drift.cost() + "):");
        listed(out, drift.plan(), "  ");
        out.println("Way out: 'autogen revision -m \"...\"' writes these changes into a revision, so that databases"
                + " built from the migrations get them too; this database has them already, so record it here with"
                + " 'autogen stamp head' instead of 'autogen upgrade'" + (matchesEntities ? "."
                : ". Then 'autogen revision' again writes the pending changes listed above. If the outside change"
                + " was a mistake that the entities do not want, undo it in this database by hand instead: 'autogen"
                + " check' then lists only the entity changes."));
    }

    /** After {@code revision} wrote the drift as a revision: how to record it, and what is left to generate. */
    static void printAfterRevision(PrintWriter out, String revision, MigrationPlan pending) {
        out.println("The database has these changes already (made outside the migrations), so this revision records"
                + " them: run 'autogen stamp " + revision + "' on it, not 'autogen upgrade', which would fail on them."
                + " Databases built from the migrations get them with 'autogen upgrade'.");
        if (!pending.isEmpty()) {
            out.println("Then run 'autogen revision -m \"...\"' again for the entity changes the database lacks:");
            listed(out, pending, "  ");
        }
    }

    private static void listed(PrintWriter out, MigrationPlan plan, String prefix) {
        List<Change> changes = plan.upgrade();
        for (Change change : changes.subList(0, Math.min(LISTED, changes.size()))) {
            out.println(prefix + VisibleText.oneLine(change.operation().describe()));
        }
        if (changes.size() > LISTED) {
            out.println(prefix + "… and " + (changes.size() - LISTED) + " more");
        }
    }
}
