package dev.autogen.codegen;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What identifies a new migration class.
 *
 * @param id      the revision id
 * @param parents the parent revision ids
 * @param message the user's message
 * @param date    the generation date, shown in the Javadoc
 * @param transactional whether the migration runs in one transaction ({@code @Revision(transactional)})
 * @param replaces the revisions a squashed migration replaces, in the order they ran; empty for others
 */
public record RevisionHeader(String id, List<String> parents, String message, LocalDate date, boolean transactional,
                             List<String> replaces) {
    /** Validates the header. */
    public RevisionHeader {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(date, "date");
        replaces = List.copyOf(replaces);
    }

    /** The header of a transactional migration that squashes nothing. */
    public RevisionHeader(String id, List<String> parents, String message, LocalDate date) {
        this(id, parents, message, date, true, List.of());
    }
}
