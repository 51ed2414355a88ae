package dev.autogen.diff;

/**
 * How a plan writes the changes to an existing column: naming only the part that changes, or also carrying
 * the whole column as it is before each change, for a dialect that cannot change one part of a column alone.
 */
public enum ColumnChangeForm {
    /**
     * Each change names the column and the part it changes ({@code ALTER COLUMN title SET DEFAULT ...}),
     * as PostgreSQL takes them; the changes do not carry the existing column.
     */
    PARTS,
    /**
     * Each change also carries the column as it is just before it (its {@code existing} component), built
     * from the database column and the changes before it, for dialects that restate the whole column
     * (MySQL and MariaDB: {@code MODIFY COLUMN title text NOT NULL DEFAULT ''}).
     */
    WHOLE_COLUMN
}
