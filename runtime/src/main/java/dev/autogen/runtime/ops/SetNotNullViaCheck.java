package dev.autogen.runtime.ops;

/** Sets {@code NOT NULL} through a validated helper check. */
public record SetNotNullViaCheck(String table, String column, String backfill) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new AlterColumnNullability(table, column, true, backfill);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + " set not null through a validated check"
                + (backfill == null ? "" : " (existing nulls get " + backfill + ")");
    }
}
