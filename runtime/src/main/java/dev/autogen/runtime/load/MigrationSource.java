package dev.autogen.runtime.load;

import java.util.List;

/** Supplies the migrations of a project. */
@FunctionalInterface
public interface MigrationSource {
    /** All migrations, in any order. */
    List<ResolvedMigration> load();
}
