package dev.autogen.runtime;

import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.testing.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Migrations written as lambdas in a test, and migrators over a snapshot of them. */
final class InlineMigrations {
    private final List<ResolvedMigration> migrations = new ArrayList<>();

    /** Adds a migration whose origin is {@code V<id>.java} and whose downgrade does nothing. */
    void add(String id, List<String> parents, boolean transactional, Consumer<Operations> upgrade) {
        add(id, parents, transactional, upgrade, op -> op.execute("SELECT 1"));
    }

    /** Adds a migration whose origin is {@code V<id>.java}. */
    void add(String id, List<String> parents, boolean transactional, Consumer<Operations> upgrade,
             Consumer<Operations> downgrade) {
        migrations.add(new ResolvedMigration(id, parents, "revision " + id, "V" + id + ".java",
                () -> migration(upgrade, downgrade), transactional));
    }

    /** Adds a squashed revision, whose origin is {@code V<id>.java}, replacing the given revisions. */
    void addSquash(String id, List<String> parents, List<String> replaces, Consumer<Operations> upgrade,
                   Consumer<Operations> downgrade) {
        migrations.add(new ResolvedMigration(id, parents, "squash " + id, "V" + id + ".java",
                () -> migration(upgrade, downgrade), true, null, replaces));
    }

    private static Migration migration(Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
        return new Migration() {
            @Override
            public void upgrade(Operations op) {
                upgrade.accept(op);
            }

            @Override
            public void downgrade(Operations op) {
                downgrade.accept(op);
            }
        };
    }

    /** Forgets the migrations with these ids, as when their files are deleted. */
    void remove(String... ids) {
        List<String> gone = List.of(ids);
        migrations.removeIf(m -> gone.contains(m.id()));
    }

    /** Forgets every migration added so far. */
    void clear() {
        migrations.clear();
    }

    /** The migrations added so far. */
    List<ResolvedMigration> snapshot() {
        return List.copyOf(migrations);
    }

    /** A migrator over the migrations added so far. */
    Migrator migrator(TestDatabase db) {
        List<ResolvedMigration> snapshot = snapshot();
        return Migrator.configure().dataSource(db.dataSource()).migrationSource(() -> snapshot).load();
    }
}
