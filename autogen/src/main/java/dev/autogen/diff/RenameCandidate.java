package dev.autogen.diff;

import dev.autogen.runtime.dialect.PostgresIdentifiers;

import java.util.Objects;

/**
 * A table or column that disappears while a compatible one appears in the same place: perhaps a
 * rename. autogen never assumes one; the user confirms it with {@code --rename} or at the prompt.
 *
 * @param kind  a table or a column
 * @param table for a column, the table (by its target name); for a table, {@code null}
 * @param from  the name that disappears (a table's qualified name, or a column name)
 * @param to    the name that appears
 */
public record RenameCandidate(Kind kind, String table, String from, String to) {
    /** What is renamed. */
    public enum Kind {
        /** A table. */
        TABLE,
        /** A column of a table. */
        COLUMN
    }

    /** Validates the record. */
    public RenameCandidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (kind == Kind.COLUMN) {
            Objects.requireNonNull(table, "table");
        }
    }

    /** The old name, as a user reads it: {@code todos.title} or {@code todos}. */
    public String fromName() {
        return kind == Kind.TABLE ? from : table + "." + from;
    }

    /** The new name, as a user reads it: {@code todos.headline} or {@code tasks}. */
    public String toName() {
        return kind == Kind.TABLE ? to : table + "." + to;
    }

    /** The {@code --rename} value that confirms this rename: {@code todos.title=headline} or {@code todos=tasks}. */
    public String option() {
        return kind == Kind.TABLE ? from + "=" + (sameSchema() ? PostgresIdentifiers.nameOf(to) : to)
                : table + "." + from + "=" + to;
    }

    /** The question a terminal asks. */
    public String question() {
        return "Did you rename " + (kind == Kind.TABLE ? "table " : "column ") + fromName() + " to " + toName() + "?";
    }

    /** The review note and warning when the rename was not confirmed. */
    public String hint() {
        return "possible rename of " + fromName() + " to " + toName() + "; if so, generate the revision again with"
                + " --rename " + option() + " to keep the data";
    }

    private boolean sameSchema() {
        return Objects.equals(PostgresIdentifiers.schemaOf(from), PostgresIdentifiers.schemaOf(to));
    }
}
