package dev.autogen.cli.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A canonical text dump of the user schemas of a database, straight from the catalog and
 * independent of autogen's own reader: two databases with equal snapshots have the same schemas, tables,
 * columns (type, nullability, default, identity), constraints, indexes, sequences, enum types (labels in
 * order) and the casts to and from them. Columns are
 * listed by name, so column order does not count; autogen's history table is left out. Views are
 * compared by the server's deparsed definition, blanks folded; a view named {@code handmade_…} stands
 * for one made by hand, outside the entities, and is left out (the corpus reads it with its own queries).
 */
public final class CatalogSnapshot {
    private static final String SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')";

    private CatalogSnapshot() {
    }

    /** The snapshot of the database the connection is connected to. */
    public static String of(Connection connection) throws SQLException {
        StringBuilder text = new StringBuilder();
        append(connection, text, "schema", """
                SELECT n.nspname FROM pg_namespace n WHERE %s AND n.nspname <> 'public'
                AND n.nspname NOT LIKE 'pg\\_%%' ORDER BY 1""".formatted(SCHEMAS));
        append(connection, text, "table", """
                SELECT n.nspname || '.' || c.relname || coalesce(' comment ' || obj_description(c.oid, 'pg_class'), '')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'r' AND %s AND c.relname <> 'autogen_history' ORDER BY 1""".formatted(SCHEMAS));
        append(connection, text, "column", """
                SELECT n.nspname || '.' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                       || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
                       || CASE a.attgenerated WHEN 's' THEN ' generated stored' ELSE '' END
                       || CASE a.attidentity WHEN 'd' THEN ' identity by default' WHEN 'a' THEN ' identity always' ELSE '' END
                       || coalesce(' comment ' || col_description(c.oid, a.attnum), '')
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND %s AND c.relname <> 'autogen_history'
                ORDER BY 1""".formatted(SCHEMAS));
        append(connection, text, "constraint", """
                SELECT n.nspname || '.' || c.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE %s AND c.relname <> 'autogen_history' AND con.contype <> 'n' ORDER BY 1""".formatted(SCHEMAS));
        append(connection, text, "index", """
                SELECT pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' INVALID' END
                FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE %s AND c.relname <> 'autogen_history' ORDER BY 1""".formatted(SCHEMAS));
        append(connection, text, "sequence", """
                SELECT schemaname || '.' || sequencename || ' ' || data_type || ' start ' || start_value
                       || ' increment ' || increment_by
                FROM pg_sequences WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1""");
        append(connection, text, "enum type", """
                SELECT n.nspname || '.' || t.typname || ' ' || array_to_string(ARRAY(SELECT e.enumlabel FROM pg_enum e
                       WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder), ', ')
                FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE t.typtype = 'e' AND %s ORDER BY 1""".formatted(SCHEMAS));
        append(connection, text, "cast", """
                SELECT format_type(c.castsource, NULL) || ' as ' || format_type(c.casttarget, NULL)
                       || ' context ' || c.castcontext::text || ' method ' || c.castmethod::text
                FROM pg_cast c JOIN pg_type s ON s.oid = c.castsource JOIN pg_type t ON t.oid = c.casttarget
                WHERE s.typtype = 'e' OR t.typtype = 'e' ORDER BY 1""");
        append(connection, text, "view", """
                SELECT n.nspname || '.' || c.relname || ' ' || regexp_replace(btrim(pg_get_viewdef(c.oid)), '\\s+', ' ', 'g')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'v' AND %s AND c.relname NOT LIKE 'handmade\\_%%' ORDER BY 1""".formatted(SCHEMAS));
        return text.toString();
    }

    /**
     * The snapshot without the lines about the named objects, for a comparison that must not judge
     * them: a schema ({@code billing}), a table with its columns, constraints and indexes
     * ({@code billing.invoice}, {@code public.account}), an index or a constraint by its own name
     * ({@code ix_account_open}), a sequence ({@code public.order_seq}).
     */
    public static String without(String snapshot, Collection<String> objects) {
        if (objects.isEmpty()) {
            return snapshot;
        }
        StringBuilder text = new StringBuilder();
        snapshot.lines().filter(line -> namesOf(line).stream().noneMatch(objects::contains))
                .forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** The objects a snapshot line is about: its table or schema, and the index or constraint it names. */
    private static List<String> namesOf(String line) {
        String[] words = line.split(" ");
        return switch (words[0]) {
            case "schema", "table", "sequence" -> List.of(words[1]);
            case "column" -> List.of(words[1].substring(0, words[1].lastIndexOf('.')));
            case "constraint" -> List.of(words[1], words[2]);
            case "index" -> {
                int name = words[2].equals("UNIQUE") ? 4 : 3;
                int on = words[name + 2].equals("ONLY") ? name + 3 : name + 2;
                yield List.of(words[name], words[on]);
            }
            default -> List.of();
        };
    }

    private static void append(Connection connection, StringBuilder text, String kind, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                lines.add(kind + " " + rows.getString(1));
            }
        }
        lines.forEach(line -> text.append(line).append('\n'));
    }
}
