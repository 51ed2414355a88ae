package dev.autogen.diff;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.schema.TableModel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a column added to a table with rows when the column becomes (part of) its primary key. One
 * placeholder for every row would break the key on the second row, so each row gets its own value
 * where the type allows it: integers are numbered by the entity's own sequence, or by a temporary
 * sequence that the migration drops again; uuids, and text wide enough for one, get random ones. The
 * database's rules ({@link ComparisonRules#nextValue}, {@link ComparisonRules#randomUuid}) write the
 * expressions. Any other type, a database without them, and a key column that references another
 * table, get a review note that says why the upgrade fails and what to do.
 */
final class KeyBackfills {
    /**
     * The backfill of a key column.
     *
     * @param expression         the SQL expression evaluated for every existing row
     * @param review             a review note, or {@code null} when the values are distinct and safe
     * @param temporarySequence  a sequence the migration creates before the column and drops after it,
     *                           or {@code null}
     */
    record KeyBackfill(String expression, String review, SequenceDef temporarySequence) {
    }

    private KeyBackfills() {
    }

    /** Whether the column is part of the table's primary key. */
    static boolean isKeyColumn(TableModel table, ColumnDef column) {
        return table.primaryKey() != null && table.primaryKey().columns().contains(column.name());
    }

    /** The distinct values, or the review note, for a key column added to a table that may hold rows. */
    static KeyBackfill choose(ComparisonRules rules, TableModel table, ColumnDef column,
                              Map<String, SequenceDef> sequences, Backfill fallback) {
        String where = table.name() + "." + column.name();
        boolean references = table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column.name()));
        String type = rules.canonicalType(column.type());
        if (!references && type.matches("smallint|integer|bigint")) {
            Optional<SequenceDef> own = ownSequence(table, column, sequences);
            Optional<String> ownNext = own.flatMap(sequence -> rules.nextValue(sequence.name()));
            if (ownNext.isPresent()) {
                return new KeyBackfill(ownNext.get(), null, null);
            }
            SequenceDef temporary = new SequenceDef(temporaryName(table, column), 1, 1);
            Optional<String> temporaryNext = rules.nextValue(temporary.name());
            if (temporaryNext.isPresent()) {
                return new KeyBackfill(temporaryNext.get(),
                        "existing rows are numbered 1, 2, 3, ... as " + where + " (primary key); if the application"
                                + " assigns " + column.name() + " values, make it start after the largest one",
                        temporary);
            }
        }
        Optional<String> uuid = references ? Optional.empty() : rules.randomUuid(type);
        if (uuid.isPresent()) {
            return new KeyBackfill(uuid.get(), type.equals("uuid") ? null : "existing rows get random uuid text as "
                    + where + " (primary key); replace them if the key must mean something", null);
        }
        return duplicates(where, fallback.expression());
    }

    /**
     * The backfill of a key column that the downgrade adds back, where no sequence of the migration's
     * can number the rows: distinct values where one expression gives them (uuids), otherwise the
     * placeholder with the note that the key rejects its duplicates.
     */
    static KeyBackfill chooseForDowngrade(ComparisonRules rules, TableModel table, ColumnDef column,
                                          Backfill fallback) {
        KeyBackfill backfill = choose(rules, table, column, Map.of(), fallback);
        return backfill.temporarySequence() == null ? backfill
                : duplicates(table.name() + "." + column.name(), fallback.expression());
    }

    private static KeyBackfill duplicates(String where, String value) {
        return new KeyBackfill(value, "existing rows all get " + value + " as " + where + ", which the primary key"
                + " rejects as a duplicate when the table holds two rows or more: add the column nullable, fill it"
                + " with distinct values, then make it NOT NULL and add the key", null);
    }

    private static Optional<SequenceDef> ownSequence(TableModel table, ColumnDef column, Map<String, SequenceDef> sequences) {
        String schema = PostgresIdentifiers.schemaOf(table.name());
        String base = PostgresIdentifiers.nameOf(table.name());
        for (String candidate : List.of(base + "_seq", base + "_" + column.name() + "_seq")) {
            SequenceDef sequence = sequences.get(PostgresIdentifiers.qualify(schema, candidate));
            if (sequence != null) {
                return Optional.of(sequence);
            }
        }
        return Optional.empty();
    }

    private static String temporaryName(TableModel table, ColumnDef column) {
        String name = PostgresIdentifiers.truncate(PostgresIdentifiers.nameOf(table.name()) + "_" + column.name()
                + "_backfill_seq");
        return PostgresIdentifiers.qualify(PostgresIdentifiers.schemaOf(table.name()), name);
    }
}
