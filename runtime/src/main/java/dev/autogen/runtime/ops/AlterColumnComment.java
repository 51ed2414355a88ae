package dev.autogen.runtime.ops;

/**
 * Sets or removes the comment of a column.
 *
 * @param table           the table
 * @param column          the column
 * @param comment         the new comment, or {@code null} to remove it
 * @param previousComment the comment before, or {@code null} for none
 */
public record AlterColumnComment(String table, String column, String comment, String previousComment)
        implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new AlterColumnComment(table, column, previousComment, comment);
    }

    @Override
    public String describe() {
        return (comment == null ? "drop comment on column " : "comment on column ") + table + "." + column;
    }
}
