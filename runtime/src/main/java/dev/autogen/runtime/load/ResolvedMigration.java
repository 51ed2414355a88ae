package dev.autogen.runtime.load;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.OperationRecorder;
import dev.autogen.runtime.ops.MigrationOperation;

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
 * @param transactional whether it runs in one transaction
 * @param sourceDigest  the {@linkplain SourceDigests#of digest of its source} when known, else {@code null}
 * @param replaces      the revisions it squashes ({@link dev.autogen.runtime.Revision#replaces}), empty for most
 */
public record ResolvedMigration(String id, List<String> parents, String message, String origin,
                                Supplier<Migration> factory, boolean transactional, String sourceDigest,
                                List<String> replaces) {
    /** Validates the record. */
    public ResolvedMigration {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
        message = message == null ? "" : message;
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(factory, "factory");
    }

    /** A migration that squashes no other. */
    public ResolvedMigration(String id, List<String> parents, String message, String origin,
                             Supplier<Migration> factory, boolean transactional, String sourceDigest) {
        this(id, parents, message, origin, factory, transactional, sourceDigest, List.of());
    }

    /** The same migration following other parents, as the graph sees it after a squash. */
    public ResolvedMigration withParents(List<String> newParents) {
        return new ResolvedMigration(id, newParents, message, origin, factory, transactional, sourceDigest, replaces);
    }

    /** A migration whose source digest is not known. */
    public ResolvedMigration(String id, List<String> parents, String message, String origin,
                             Supplier<Migration> factory, boolean transactional) {
        this(id, parents, message, origin, factory, transactional, null);
    }

    /** A migration that runs in one transaction. */
    public ResolvedMigration(String id, List<String> parents, String message, String origin,
                             Supplier<Migration> factory) {
        this(id, parents, message, origin, factory, true);
    }

    /** The operations of the upgrade of this instance; an exception in the migration's code names the revision. */
    public List<MigrationOperation> upgradeOperations(Migration instance) {
        return record(instance, true);
    }

    /** The operations of the downgrade of this instance; an exception in the migration's code names the revision. */
    public List<MigrationOperation> downgradeOperations(Migration instance) {
        return record(instance, false);
    }

    private List<MigrationOperation> record(Migration instance, boolean upgrade) {
        try {
            return upgrade ? OperationRecorder.upgradeOf(instance) : OperationRecorder.downgradeOf(instance);
        } catch (AutogenException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AutogenException(ErrorCode.MIGRATION_FAILED, "Migration " + id + " (" + origin + ") threw "
                    + e + " in its " + (upgrade ? "upgrade" : "downgrade") + "() method; nothing of it was applied."
                    + " Fix the migration, then run the command again.", e);
        }
    }
}
