package dev.autogen.runtime.ops;

/**
 * Makes an identity column an ordinary column; its values stay.
 *
 * @param table    the table
 * @param column   the column
 * @param previous how the column generated, for reversal, or {@code null} when unknown
 * @param existing the column as it is before the change, or {@code null} when unknown; dialects that
 *                 restate the whole column to change one part of it (MySQL's {@code MODIFY COLUMN})
 *                 render from it, PostgreSQL ignores it
 */
public record DropIdentity(String table, String column, Identity previous, ColumnDef existing)
        implements MigrationOperation {
    /** Stores the existing column without its backfill. */
    public DropIdentity {
        existing = ExistingColumns.stored(column, existing);
    }

    /** An identity drop that does not know the existing column. */
    public DropIdentity(String table, String column, Identity previous) {
        this(table, column, previous, null);
    }

    /** Adds the identity back; the reverse's existing column is this one's, ordinary. */
    @Override
    public MigrationOperation reverse() {
        if (previous == null || previous == Identity.NONE) {
            throw Irreversible.because(describe(), "the identity setting");
        }
        return new AddIdentity(table, column, previous, existing == null ? null : existing.withIdentity(Identity.NONE));
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + " drop identity";
    }
}
