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
 */
public record RevisionHeader(String id, List<String> parents, String message, LocalDate date) {
    /** Validates the header. */
    public RevisionHeader {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(date, "date");
    }
}
