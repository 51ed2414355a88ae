package dev.autogen.runtime.load;

import dev.autogen.runtime.Migration;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A migration found by a {@link MigrationSource}, with its place in the revision graph.
 *
 * @param id       the revision id
 * @param parents  the parent revision ids
 * @param message  the one-line description
 * @param origin   where it came from, for messages: a source file or a class name
 * @param factory  creates the migration instance
 */
public record ResolvedMigration(String id, List<String> parents, String message, String origin,
                                Supplier<Migration> factory) {
    /** Validates the record. */
    public ResolvedMigration {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        message = message == null ? "" : message;
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(factory, "factory");
    }
}
