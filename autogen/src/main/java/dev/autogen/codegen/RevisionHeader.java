package dev.autogen.codegen;

import dev.autogen.runtime.dialect.SqlDialects;

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
 * @param dialect the name of the dialect the migration is generated for ({@code @Revision(dialect)}), such as
 *                {@code mariadb}; the reference dialect, PostgreSQL, goes without saying
 */
public record RevisionHeader(String id, List<String> parents, String message, LocalDate date, boolean transactional,
                             List<String> replaces, String dialect) {
    /** Validates the header. */
    public RevisionHeader {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(date, "date");
        replaces = List.copyOf(replaces);
        Objects.requireNonNull(dialect, "dialect");
    }

    /** The header of a migration for the reference dialect, PostgreSQL. */
    public RevisionHeader(String id, List<String> parents, String message, LocalDate date, boolean transactional,
                          List<String> replaces) {
        this(id, parents, message, date, transactional, replaces, SqlDialects.reference().name());
    }

    /** The header of a transactional migration that squashes nothing. */
    public RevisionHeader(String id, List<String> parents, String message, LocalDate date) {
        this(id, parents, message, date, true, List.of());
    }

    /** This header for a migration generated for the dialect of the given name. */
    public RevisionHeader withDialect(String dialectName) {
        return new RevisionHeader(id, parents, message, date, transactional, replaces, dialectName);
    }

    /** Whether the migration is for another dialect than the reference one, and so must say which. */
    public boolean namesDialect() {
        return !dialect.isBlank() && !dialect.equals(SqlDialects.reference().name());
    }
}
