package dev.autogen.runtime.ops;

/**
 * Makes an identity column an ordinary column; its values stay.
 *
 * @param table    the table
 * @param column   the column
 * @param previous how the column generated, for reversal, or {@code null} when unknown
 */
public record DropIdentity(String table, String column, Identity previous) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (previous == null || previous == Identity.NONE) {
            throw Irreversible.because(describe(), "the identity setting");
        }
        return new AddIdentity(table, column, previous);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + " drop identity";
    }
}
