package dev.autogen.dialect.postgres;

import dev.autogen.diff.Backfill;
import dev.autogen.diff.CheckDomain;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.schema.TableModel;

import java.util.List;
import java.util.Optional;

/**
 * Chooses the value that fills existing rows when a {@code NOT NULL} column without default is
 * added to a table: the zero of Java's primitives for booleans and numbers, and otherwise a
 * placeholder that a reviewer must confirm.
 */
final class BackfillPolicy {
    private BackfillPolicy() {
    }

    /** The backfill of a column added to a table that may hold rows. */
    static Backfill choose(TableModel table, ColumnDef column) {
        return choose(table, column, "existing rows");
    }

    /**
     * The value that replaces the {@code NULL}s of a column that becomes {@code NOT NULL}: its
     * default if it has one, otherwise the value a new column would get.
     */
    static Backfill chooseForNulls(TableModel table, ColumnDef column) {
        if (column.defaultValue() != null) {
            return new Backfill(column.defaultValue(), null);
        }
        return choose(table, column, "rows whose " + column.name() + " is NULL");
    }

    private static Backfill choose(TableModel table, ColumnDef column, String rows) {
        String where = table.name() + "." + column.name();
        Optional<ForeignKeyDef> foreignKey = table.foreignKeys().stream()
                .filter(fk -> fk.columns().equals(List.of(column.name())) && fk.referencedColumns().size() == 1)
                .findFirst();
        if (foreignKey.isPresent()) {
            ForeignKeyDef fk = foreignKey.get();
            return new Backfill("(SELECT min(" + PostgresIdentifiers.quote(fk.referencedColumns().get(0)) + ") FROM "
                    + PostgresIdentifiers.quoteQualified(fk.referencedTable()) + ")",
                    rows + " of " + table.name() + " get the smallest " + fk.referencedTable()
                            + " key as " + column.name() + "; replace it with the right reference");
        }
        String type = PostgresTypes.canonical(column.type());
        if (type.equals("boolean")) {
            return new Backfill("false", null);
        }
        if (type.matches("(smallint|integer|bigint|real|double precision|numeric.*)")) {
            return new Backfill("0", null);
        }
        Optional<String> enumValue = firstAllowedValue(table, column);
        if (enumValue.isPresent()) {
            return placeholder(enumValue.get(), rows, where);
        }
        String placeholder = placeholderFor(type);
        if (placeholder != null) {
            return placeholder(placeholder, rows, where);
        }
        return new Backfill("NULL", "choose a value for " + where + " in " + rows + ": NULL fails the NOT NULL"
                + " constraint on a table that holds rows");
    }

    private static String placeholderFor(String type) {
        if (type.matches("(varchar|char|text).*")) {
            return "''";
        }
        if (type.startsWith("timestamp")) {
            return "CURRENT_TIMESTAMP";
        }
        if (type.equals("date")) {
            return "CURRENT_DATE";
        }
        if (type.startsWith("time")) {
            return "CURRENT_TIME";
        }
        if (type.equals("uuid")) {
            return "gen_random_uuid()";
        }
        if (type.equals("bytea")) {
            return "''::bytea";
        }
        if (type.equals("json") || type.equals("jsonb")) {
            return "'{}'";
        }
        if (type.startsWith("interval")) {
            return "'0'";
        }
        return null;
    }

    private static Backfill placeholder(String value, String rows, String where) {
        return new Backfill(value, rows + " get " + value + " as " + where
                + "; a placeholder, replace it with a real value");
    }

    private static Optional<String> firstAllowedValue(TableModel table, ColumnDef column) {
        for (CheckDef check : table.checks()) {
            Optional<CheckDomain> domain = CheckExpressions.domain(check.expression());
            if (domain.isPresent() && !domain.get().range() && domain.get().column().equals(column.name())
                    && !domain.get().values().isEmpty()) {
                return Optional.of(domain.get().values().get(0));
            }
        }
        return Optional.empty();
    }
}
