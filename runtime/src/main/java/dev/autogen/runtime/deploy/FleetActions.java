package dev.autogen.runtime.deploy;

import dev.autogen.runtime.CurrentRevisions;
import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.Plural;

import java.util.function.Function;

/** What the deploy commands do on each schema or database of a run over many, each said in a few words. */
final class FleetActions {
    private FleetActions() {
    }

    /** Upgrades to the target: {@code base → 20240101_000003, 3 revisions applied}. */
    static Function<Migrator, String> upgrade(String target, boolean repair) {
        return migrator -> {
            String from = revisions(migrator.currentRevisions());
            if (repair) {
                migrator.repair();
            }
            MigrationResult result = migrator.upgrade(target);
            return from + " → " + revisions(migrator.currentRevisions()) + ", "
                    + Plural.of(result.revisions().size(), "revision") + " applied";
        };
    }

    /** Downgrades to the target: {@code 20240101_000003 → 20240101_000002, 1 revision undone}. */
    static Function<Migrator, String> downgrade(String target) {
        return migrator -> {
            String from = revisions(migrator.currentRevisions());
            MigrationResult result = migrator.downgrade(target);
            return from + " → " + revisions(migrator.currentRevisions()) + ", "
                    + Plural.of(result.revisions().size(), "revision") + " undone";
        };
    }

    /** The applied revisions, and whether they are the head: {@code 20240101_000003 (head)}. */
    static Function<Migrator, String> current() {
        return migrator -> {
            CurrentRevisions current = migrator.currentRevisions();
            boolean atHead = !current.heads().isEmpty() && current.incomplete().isEmpty()
                    && migrator.graph().heads().containsAll(current.heads())
                    && current.heads().containsAll(migrator.graph().heads());
            return revisions(current) + (atHead ? " (head)" : current.incomplete().isEmpty() ? " (behind head)"
                    : " (incomplete: " + String.join(", ", current.incomplete()) + ")");
        };
    }

    private static String revisions(CurrentRevisions current) {
        return current.heads().isEmpty() ? "base" : String.join("+", current.heads());
    }
}
