package dev.autogen.dialect.postgres;

import dev.autogen.diff.Backfill;
import dev.autogen.diff.Backfills;
import dev.autogen.diff.BackfillValues;
import dev.autogen.diff.CheckDomain;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.schema.TableModel;

import java.util.Optional;

/**
 * The backfill values of PostgreSQL ({@link Backfills}): {@code false} and {@code 0} for booleans and
 * numbers, the first value of an enum check, and a placeholder per type.
 */
final class BackfillPolicy implements BackfillValues {
    private static final BackfillPolicy INSTANCE = new BackfillPolicy();

    private BackfillPolicy() {
    }

    /** The backfill of a column added to a table that may hold rows. */
    static Backfill choose(TableModel table, ColumnDef column) {
        return Backfills.choose(INSTANCE, table, column);
    }

    /**
     * The value that replaces the {@code NULL}s of a column that becomes {@code NOT NULL}: its
     * default if it has one, otherwise the value a new column would get.
     */
    static Backfill chooseForNulls(TableModel table, ColumnDef column) {
        return Backfills.chooseForNulls(INSTANCE, table, column);
    }

    @Override
    public String smallestReference(ForeignKeyDef fk) {
        return "(SELECT min(" + PostgresIdentifiers.quote(fk.referencedColumns().get(0)) + ") FROM "
                + PostgresIdentifiers.quoteQualified(fk.referencedTable()) + ")";
    }

    @Override
    public Optional<String> zero(ColumnDef column) {
        String type = PostgresTypes.canonical(column.type());
        if (type.equals("boolean")) {
            return Optional.of("false");
        }
        return type.matches("(smallint|integer|bigint|real|double precision|numeric.*)") ? Optional.of("0")
                : Optional.empty();
    }

    @Override
    public Optional<String> placeholder(ColumnDef column) {
        return Optional.ofNullable(placeholderFor(PostgresTypes.canonical(column.type())));
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

    @Override
    public Optional<String> firstAllowedValue(TableModel table, ColumnDef column) {
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
