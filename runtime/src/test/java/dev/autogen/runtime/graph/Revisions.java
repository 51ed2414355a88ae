package dev.autogen.runtime.graph;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.load.ResolvedMigration;

import java.util.List;

/** Builds revision graphs for tests from ids and parents alone. */
final class Revisions {
    private static final Migration NOTHING = new Migration() {
        @Override
        public void upgrade(Operations op) {
        }

        @Override
        public void downgrade(Operations op) {
        }
    };

    private Revisions() {
    }

    static ResolvedMigration rev(String id, String... parents) {
        return new ResolvedMigration(id, List.of(parents), "revision " + id, "V" + id + ".java", () -> NOTHING);
    }

    static ResolvedMigration squash(String id, List<String> replaces, String... parents) {
        return new ResolvedMigration(id, List.of(parents), "squash " + id, "V" + id + ".java", () -> NOTHING, true,
                null, replaces);
    }

    static RevisionGraph graph(ResolvedMigration... migrations) {
        return RevisionGraph.of(List.of(migrations));
    }

    static List<String> ids(List<ResolvedMigration> migrations) {
        return migrations.stream().map(ResolvedMigration::id).toList();
    }
}
