package dev.autogen.dialect.mariadb;

import dev.autogen.diff.Backfill;
import dev.autogen.diff.BackfillValues;
import dev.autogen.diff.Backfills;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.schema.TableModel;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backfill values of MariaDB ({@link Backfills}): zero for numbers and bits, the first value of a
 * native {@code enum(...)} or {@code set(...)} type, and a placeholder per type.
 */
final class MariaDbBackfills implements BackfillValues {
    private static final Pattern FIRST_VALUE = Pattern.compile("^(?:enum|set)\\s*\\(\\s*('(?:[^']|'')*')",
            Pattern.CASE_INSENSITIVE);
    private static final MariaDbBackfills INSTANCE = new MariaDbBackfills();

    private MariaDbBackfills() {
    }

    static Backfill choose(TableModel table, ColumnDef column) {
        return Backfills.choose(INSTANCE, table, column);
    }

    static Backfill chooseForNulls(TableModel table, ColumnDef column) {
        return Backfills.chooseForNulls(INSTANCE, table, column);
    }

    @Override
    public String smallestReference(ForeignKeyDef fk) {
        return "(SELECT min(" + MariaDbCatalogQueries.quote(fk.referencedColumns().get(0)) + ") FROM "
                + MariaDbCatalogQueries.quote(fk.referencedTable()) + ")";
    }

    @Override
    public Optional<String> zero(ColumnDef column) {
        return switch (MariaDbTypeChanges.family(column.type())) {
            case INTEGER, DECIMAL, FLOAT, BIT -> Optional.of("0");
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> firstAllowedValue(TableModel table, ColumnDef column) {
        Matcher first = FIRST_VALUE.matcher(column.type().strip());
        return first.find() ? Optional.of(first.group(1)) : Optional.empty();
    }

    @Override
    public Optional<String> placeholder(ColumnDef column) {
        String type = MariaDbTypes.canonical(column.type());
        return Optional.ofNullable(switch (MariaDbTypeChanges.family(column.type())) {
            case STRING, BINARY -> "''";
            case JSON -> "'{}'";
            case UUID -> "uuid()";
            case TEMPORAL -> type.startsWith("date(") || type.equals("date") ? "CURRENT_DATE"
                    : type.startsWith("time(") ? "CURRENT_TIME" : "CURRENT_TIMESTAMP";
            default -> null;
        });
    }
}
