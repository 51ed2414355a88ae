package dev.autogen.diff;

import dev.autogen.runtime.ops.MigrationOperation;

import java.util.Objects;

/**
 * One planned operation with the notes a reviewer needs.
 *
 * @param operation     the operation
 * @param review        why the operation needs a human look (data loss, a placeholder value), or {@code null}
 * @param reverseReview the same for the reversed operation, or {@code null}
 */
public record Change(MigrationOperation operation, String review, String reverseReview) {
    /** Validates the record. */
    public Change {
        Objects.requireNonNull(operation, "operation");
    }

    /** A change that needs no review either way. */
    public static Change of(MigrationOperation operation) {
        return new Change(operation, null, null);
    }

    /** The change that undoes this one, with the notes swapped. */
    public Change reverse() {
        return new Change(operation.reverse(), reverseReview, review);
    }
}
