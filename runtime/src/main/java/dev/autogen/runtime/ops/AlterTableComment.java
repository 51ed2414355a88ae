package dev.autogen.runtime.ops;

/**
 * Sets or removes the comment of a table.
 *
 * @param table           the table
 * @param comment         the new comment, or {@code null} to remove it
 * @param previousComment the comment before, or {@code null} for none
 */
public record AlterTableComment(String table, String comment, String previousComment) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new AlterTableComment(table, previousComment, comment);
    }

    @Override
    public String describe() {
        return (comment == null ? "drop comment on table " : "comment on table ") + table;
    }
}
