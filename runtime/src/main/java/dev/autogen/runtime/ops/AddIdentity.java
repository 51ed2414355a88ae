package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Makes an existing {@code NOT NULL} column an identity column. Its sequence continues after the
 * largest value already in the column, so existing rows keep their values and new ones do not clash.
 *
 * @param table    the table
 * @param column   the column
 * @param identity how the column generates: {@link Identity#BY_DEFAULT} or {@link Identity#ALWAYS}
 * @param existing the column as it is before the change, or {@code null} when unknown; dialects that
 *                 restate the whole column to change one part of it (MySQL's {@code MODIFY COLUMN})
 *                 render from it, PostgreSQL ignores it
 */
public record AddIdentity(String table, String column, Identity identity, ColumnDef existing)
        implements MigrationOperation {
    /** Validates the record and stores the existing column without its backfill. */
    public AddIdentity {
        Objects.requireNonNull(identity, "identity");
        if (identity == Identity.NONE) {
            throw new IllegalArgumentException("an identity column generates BY_DEFAULT or ALWAYS, not NONE");
        }
        existing = ExistingColumns.stored(column, existing);
    }

    /** An identity added to a column that is not known in full. */
    public AddIdentity(String table, String column, Identity identity) {
        this(table, column, identity, null);
    }

    /** Drops the identity again; the reverse's existing column is this one's, generating. */
    @Override
    public MigrationOperation reverse() {
        return new DropIdentity(table, column, identity, existing == null ? null : existing.withIdentity(identity));
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + " add generated "
                + (identity == Identity.ALWAYS ? "always" : "by default") + " as identity";
    }
}
