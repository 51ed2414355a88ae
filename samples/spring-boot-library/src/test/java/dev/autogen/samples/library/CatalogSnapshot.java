package dev.autogen.samples.library;

import dev.autogen.runtime.testing.TestDatabase;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema of a database's {@code public} schema as sorted lines, apart from autogen's history
 * table: every column with its type, nullability, default and identity, every constraint with
 * its definition (primary-key column order included), every index and every sequence. Column
 * positions are left out: they do not change what the schema holds.
 */
final class CatalogSnapshot {
    private static final String COLUMNS = """
            SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || CASE a.attidentity WHEN 'd' THEN ' identity by default' WHEN 'a' THEN ' identity always' ELSE '' END
                   || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
              AND c.relname <> 'autogen_history'
            ORDER BY 1""";
    private static final String CONSTRAINTS = """
            SELECT c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            WHERE k.connamespace = 'public'::regnamespace AND c.relname <> 'autogen_history'
            ORDER BY 1""";
    private static final String INDEXES = """
            SELECT indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> 'autogen_history'
            ORDER BY 1""";
    private static final String SEQUENCES = """
            SELECT sequencename || ' ' || data_type || ' start ' || start_value || ' by ' || increment_by
            FROM pg_sequences WHERE schemaname = 'public'
            ORDER BY 1""";

    private CatalogSnapshot() {
    }

    /** The lines of the database's schema. */
    static List<String> of(TestDatabase database) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (String query : List.of(COLUMNS, CONSTRAINTS, INDEXES, SEQUENCES)) {
            lines.addAll(database.column(query));
        }
        return lines;
    }
}
