package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Makes an existing {@code NOT NULL} column an identity column. Its sequence continues after the
 * largest value already in the column, so existing rows keep their values and new ones do not clash.
 *
 * @param table    the table
 * @param column   the column
 * @param identity how the column generates: {@link Identity#BY_DEFAULT} or {@link Identity#ALWAYS}
 */
public record AddIdentity(String table, String column, Identity identity) implements MigrationOperation {
    /** Validates the record. */
    public AddIdentity {
        Objects.requireNonNull(identity, "identity");
        if (identity == Identity.NONE) {
            throw new IllegalArgumentException("an identity column generates BY_DEFAULT or ALWAYS, not NONE");
        }
    }

    @Override
    public MigrationOperation reverse() {
        return new DropIdentity(table, column, identity);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + " add generated "
                + (identity == Identity.ALWAYS ? "always" : "by default") + " as identity";
    }
}
