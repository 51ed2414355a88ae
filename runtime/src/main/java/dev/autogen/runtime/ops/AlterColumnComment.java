package dev.autogen.runtime.ops;

/**
 * Sets or removes the comment of a column.
 *
 * @param table           the table
 * @param column          the column
 * @param comment         the new comment, or {@code null} to remove it
 * @param previousComment the comment before, or {@code null} for none
 * @param existing        the column as it is before the change, or {@code null} when unknown; dialects that
 *                        restate the whole column to change one part of it (MySQL's {@code MODIFY COLUMN})
 *                        render from it, PostgreSQL ignores it
 */
public record AlterColumnComment(String table, String column, String comment, String previousComment,
                                 ColumnDef existing) implements MigrationOperation {
    /** Validates the change and stores the existing column without its backfill. */
    public AlterColumnComment {
        existing = ExistingColumns.stored(column, existing);
    }

    /** A comment change that does not know the existing column. */
    public AlterColumnComment(String table, String column, String comment, String previousComment) {
        this(table, column, comment, previousComment, null);
    }

    /** Changes the comment back; its existing column is this one's with the new comment. */
    @Override
    public MigrationOperation reverse() {
        return new AlterColumnComment(table, column, previousComment, comment,
                existing == null ? null : existing.comment(comment));
    }

    @Override
    public String describe() {
        return (comment == null ? "drop comment on column " : "comment on column ") + table + "." + column;
    }
}
