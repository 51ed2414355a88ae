package dev.autogen.dialect.mariadb;

import dev.autogen.diff.Backfill;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.schema.TableModel;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value that fills existing rows when a {@code NOT NULL} column without default is added on MariaDB:
 * zero for numbers and bits, and otherwise a placeholder that a reviewer must confirm.
 */
final class MariaDbBackfills {
    private static final Pattern FIRST_VALUE = Pattern.compile("^(?:enum|set)\\s*\\(\\s*('(?:[^']|'')*')",
            Pattern.CASE_INSENSITIVE);

    private MariaDbBackfills() {
    }

    static Backfill choose(TableModel table, ColumnDef column) {
        return choose(table, column, "existing rows");
    }

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
            return new Backfill("(SELECT min(" + MariaDbCatalogQueries.quote(fk.referencedColumns().get(0)) + ") FROM "
                    + MariaDbCatalogQueries.quote(fk.referencedTable()) + ")",
                    rows + " of " + table.name() + " get the smallest " + fk.referencedTable()
                            + " key as " + column.name() + "; replace it with the right reference");
        }
        MariaDbTypeChanges.Family family = MariaDbTypeChanges.family(column.type());
        switch (family) {
            case INTEGER, DECIMAL, FLOAT, BIT -> {
                return new Backfill("0", null);
            }
            default -> { }
        }
        Matcher first = FIRST_VALUE.matcher(column.type().strip());
        if (first.find()) {
            return placeholder(first.group(1), rows, where);
        }
        String type = MariaDbTypes.canonical(column.type());
        String placeholder = switch (family) {
            case STRING -> "''";
            case JSON -> "'{}'";
            case UUID -> "uuid()";
            case BINARY -> "''";
            case TEMPORAL -> type.startsWith("date(") || type.equals("date") ? "CURRENT_DATE"
                    : type.startsWith("time(") ? "CURRENT_TIME" : "CURRENT_TIMESTAMP";
            default -> null;
        };
        if (placeholder != null) {
            return placeholder(placeholder, rows, where);
        }
        return new Backfill("NULL", "choose a value for " + where + " in " + rows + ": NULL fails the NOT NULL"
                + " constraint on a table that holds rows");
    }

    private static Backfill placeholder(String value, String rows, String where) {
        return new Backfill(value, rows + " get " + value + " as " + where
                + "; a placeholder, replace it with a real value");
    }
}
