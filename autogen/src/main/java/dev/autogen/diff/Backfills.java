package dev.autogen.diff;

import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.schema.TableModel;

import java.util.List;
import java.util.Optional;

/**
 * Chooses the value that fills existing rows when a {@code NOT NULL} column without default is
 * added to a table, in the same order on every database: the smallest referenced key for a foreign
 * key, the zero of Java's primitives for booleans and numbers, the first allowed value of an
 * enumerated column, a placeholder of the type, and otherwise {@code NULL} with a note that a value
 * must be chosen. Everything but the zero is marked for review. The database spells the values
 * ({@link BackfillValues}).
 */
public final class Backfills {
    private Backfills() {
    }

    /** The backfill of a column added to a table that may hold rows. */
    public static Backfill choose(BackfillValues values, TableModel table, ColumnDef column) {
        return choose(values, table, column, "existing rows");
    }

    /**
     * The value that replaces the {@code NULL}s of a column that becomes {@code NOT NULL}: its
     * default if it has one, otherwise the value a new column would get.
     */
    public static Backfill chooseForNulls(BackfillValues values, TableModel table, ColumnDef column) {
        if (column.defaultValue() != null) {
            return new Backfill(column.defaultValue(), null);
        }
        return choose(values, table, column, "rows whose " + column.name() + " is NULL");
    }

    private static Backfill choose(BackfillValues values, TableModel table, ColumnDef column, String rows) {
        String where = table.name() + "." + column.name();
        Optional<ForeignKeyDef> foreignKey = table.foreignKeys().stream()
                .filter(fk -> fk.columns().equals(List.of(column.name())) && fk.referencedColumns().size() == 1)
                .findFirst();
        if (foreignKey.isPresent()) {
            ForeignKeyDef fk = foreignKey.get();
            return new Backfill(values.smallestReference(fk), rows + " of " + table.name() + " get the smallest "
                    + fk.referencedTable() + " key as " + column.name() + "; replace it with the right reference");
        }
        Optional<String> zero = values.zero(column);
        if (zero.isPresent()) {
            return new Backfill(zero.get(), null);
        }
        Optional<String> placeholder = values.firstAllowedValue(table, column).or(() -> values.placeholder(column));
        if (placeholder.isPresent()) {
            return new Backfill(placeholder.get(), rows + " get " + placeholder.get() + " as " + where
                    + "; a placeholder, replace it with a real value");
        }
        return new Backfill("NULL", "choose a value for " + where + " in " + rows + ": NULL fails the NOT NULL"
                + " constraint on a table that holds rows");
    }
}
