package dev.autogen.database;

/**
 * The catalog queries, one per kind of object; each takes the schema names as every parameter.
 * Key and index columns come as attribute numbers, named from the columns already read (only
 * expression indexes and foreign keys to tables not read are named by the server), and constraint
 * definitions are deparsed only for checks: per-row subqueries and deparsing dominated the time
 * of large catalogs, and whole index definitions only for the indexes the entity model cannot express
 * (partial, on expressions, with INCLUDE columns, another method, operator class, collation or
 * null order). The first query, {@link #SESSION}, finds the schema unqualified names resolve
 * to and the history table, whose object id the other queries leave out as {@value #HISTORY_TABLE}.
 */
final class CatalogQueries {
    /** Stands in the queries below for the object id of the history table, 0 when there is none. */
    static final String HISTORY_TABLE = "{history}";

    static final String TABLE_FILTER = " AND c.oid <> " + HISTORY_TABLE + " AND NOT c.relispartition";

    /**
     * The session's current schema (where unqualified names resolve, {@code NULL} when no schema of
     * the search path exists), the history table's object id if it exists, and which of the schemas
     * asked for exist. Parameters: the history table's name as SQL, the schema names.
     */
    static final String SESSION = """
            SELECT current_schema(), coalesce(to_regclass(?)::oid, 0),
                   ARRAY(SELECT n.nspname FROM pg_namespace n WHERE n.nspname = ANY (?) ORDER BY 1),
                   current_setting('search_path')""";

    static final String TABLES = """
            SELECT n.nspname, c.relname, td.description
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description td ON td.objoid = c.oid AND td.classoid = 'pg_class'::regclass AND td.objsubid = 0
            WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?)""" + TABLE_FILTER + """

            ORDER BY 1, 2""";

    static final String COLUMNS = """
            SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), a.attidentity, ds.description, a.attnum,
                   a.attgenerated
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_description ds ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass
                                       AND ds.objsubid = a.attnum
            WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND n.nspname = ANY (?)""" + TABLE_FILTER + """

            ORDER BY 1, 2, a.attnum""";

    static final String CONSTRAINTS = """
            SELECT n.nspname, c.relname, con.conname, con.contype, con.conkey, fn.nspname, fc.relname,
                   CASE WHEN con.contype = 'f'
                             AND (NOT fn.nspname = ANY (?) OR fc.oid = """ + HISTORY_TABLE + """
             OR fc.relispartition)
                        THEN ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, pos)
                                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.pos)
                   END,
                   con.confdeltype, CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid) END, con.confkey
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE con.contype IN ('p', 'u', 'f', 'c') AND n.nspname = ANY (?)""" + TABLE_FILTER + """

            ORDER BY 1, 2, 3""";

    static final String INDEXES = """
            SELECT n.nspname, c.relname, ic.relname, i.indisunique,
                   CASE WHEN 0 = ANY (i.indkey::int2[]) THEN
                       ARRAY(SELECT CASE WHEN k.num > 0 THEN a.attname ELSE pg_get_indexdef(i.indexrelid, k.pos::int, true) END
                             FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, pos)
                             LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num
                             WHERE k.pos <= i.indnkeyatts ORDER BY k.pos)
                   END,
                   (i.indkey::int2[])[0:i.indnkeyatts - 1],
                   (i.indoption::int2[])[0:i.indnkeyatts - 1],
                   CASE WHEN cardinality(f.kinds) > 0 THEN pg_get_indexdef(i.indexrelid) END,
                   f.kinds, pg_get_expr(i.indpred, i.indrelid), am.amname
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ic.relam
            CROSS JOIN LATERAL (SELECT array_remove(ARRAY[
                    CASE WHEN i.indpred IS NOT NULL THEN 'PARTIAL' END,
                    CASE WHEN am.amname <> 'btree' THEN 'METHOD' END,
                    CASE WHEN i.indnatts > i.indnkeyatts THEN 'INCLUDE_COLUMNS' END,
                    CASE WHEN i.indexprs IS NOT NULL THEN 'EXPRESSIONS' END,
                    CASE WHEN EXISTS (SELECT 1 FROM unnest(i.indoption::int2[]) o WHERE o IN (1, 2))
                         THEN 'NULLS_ORDER' END,
                    CASE WHEN EXISTS (SELECT 1 FROM unnest(i.indclass::oid[]) oc JOIN pg_opclass o ON o.oid = oc
                                      WHERE NOT o.opcdefault) THEN 'OPERATOR_CLASS' END,
                    CASE WHEN EXISTS (SELECT 1 FROM unnest(i.indcollation::oid[]) WITH ORDINALITY k(coll, pos)
                                      JOIN pg_attribute a ON a.attrelid = i.indrelid
                                                         AND a.attnum = (i.indkey::int2[])[k.pos - 1]
                                      WHERE k.coll <> 0 AND k.coll <> a.attcollation) THEN 'COLLATION' END
                   ]::text[], NULL) AS kinds) f
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)""" + TABLE_FILTER + """

              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid)
            ORDER BY 1, 2, 3""";

    static final String SEQUENCES = """
            SELECT n.nspname, c.relname, s.seqstart, s.seqincrement
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                              AND d.deptype IN ('a', 'i'))
            ORDER BY 1, 2""";

    /**
     * Native enum types with their labels in sort order, whether implicit I/O casts between
     * {@code varchar} and the type exist both ways (as Hibernate creates them), and every object of the
     * whole database that depends on the type or its array type, in any schema, as parallel arrays (kind,
     * schema, name, column, whether through the array type): what belongs to a relation (a column, its
     * default, a check, an index, a view's rule) as the relation, a domain's check as the domain. The
     * array type itself and the {@code varchar} casts are not users.
     */
    static final String ENUM_TYPES = """
            SELECT n.nspname, t.typname,
                   ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder),
                   EXISTS (SELECT 1 FROM pg_cast c WHERE c.castsource = 'varchar'::regtype AND c.casttarget = t.oid
                           AND c.castcontext = 'i' AND c.castmethod = 'i')
                   AND EXISTS (SELECT 1 FROM pg_cast c WHERE c.castsource = t.oid AND c.casttarget = 'varchar'::regtype
                               AND c.castcontext = 'i' AND c.castmethod = 'i'),
                   u.kinds, u.schemas, u.names, u.columns, u.arrays
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN LATERAL (
                SELECT array_agg(x.kind ORDER BY x.kind, x.schema, x.name, x.col, x.via_array) AS kinds,
                       array_agg(x.schema ORDER BY x.kind, x.schema, x.name, x.col, x.via_array) AS schemas,
                       array_agg(x.name ORDER BY x.kind, x.schema, x.name, x.col, x.via_array) AS names,
                       array_agg(x.col ORDER BY x.kind, x.schema, x.name, x.col, x.via_array) AS columns,
                       array_agg(x.via_array ORDER BY x.kind, x.schema, x.name, x.col, x.via_array) AS arrays
                FROM (
                    SELECT DISTINCT
                           CASE WHEN r.relkind IN ('r', 'p', 'f') THEN 'TABLE' WHEN r.relkind IN ('v', 'm') THEN 'VIEW'
                                WHEN r.relkind = 'c' THEN 'COMPOSITE_TYPE' WHEN r.oid IS NOT NULL THEN 'OTHER'
                                WHEN ty.typtype = 'd' THEN 'DOMAIN' WHEN p.oid IS NOT NULL THEN 'FUNCTION'
                                ELSE 'OTHER' END AS kind,
                           CASE WHEN r.relkind IN ('r', 'p', 'f', 'v', 'm', 'c') THEN rn.nspname
                                WHEN r.oid IS NULL AND ty.typtype = 'd' THEN tn.nspname
                                WHEN r.oid IS NULL AND p.oid IS NOT NULL THEN pn.nspname END AS schema,
                           CASE WHEN r.relkind IN ('r', 'p', 'f', 'v', 'm', 'c') THEN r.relname
                                WHEN r.oid IS NULL AND ty.typtype = 'd' THEN ty.typname
                                WHEN r.oid IS NULL AND p.oid IS NOT NULL THEN p.proname
                                ELSE pg_describe_object(d.classid, d.objid, d.objsubid) END AS name,
                           CASE WHEN r.relkind IN ('r', 'p', 'f', 'v', 'm', 'c') THEN a.attname END AS col,
                           d.refobjid <> t.oid AS via_array
                    FROM pg_depend d
                    LEFT JOIN pg_index ix ON d.classid = 'pg_class'::regclass AND ix.indexrelid = d.objid
                    LEFT JOIN pg_attrdef ad ON d.classid = 'pg_attrdef'::regclass AND ad.oid = d.objid
                    LEFT JOIN pg_constraint co ON d.classid = 'pg_constraint'::regclass AND co.oid = d.objid
                    LEFT JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
                    LEFT JOIN pg_class r ON r.oid = CASE WHEN ix.indrelid IS NOT NULL THEN ix.indrelid
                                                         WHEN d.classid = 'pg_class'::regclass THEN d.objid
                                                         ELSE COALESCE(ad.adrelid, NULLIF(co.conrelid, 0), rw.ev_class) END
                    LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
                    LEFT JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0
                         AND a.attnum = CASE WHEN d.classid = 'pg_class'::regclass AND ix.indrelid IS NULL
                                             THEN d.objsubid ELSE ad.adnum END
                    LEFT JOIN pg_type ty ON ty.oid = CASE WHEN d.classid = 'pg_type'::regclass THEN d.objid
                                                          ELSE NULLIF(co.contypid, 0) END
                    LEFT JOIN pg_namespace tn ON tn.oid = ty.typnamespace
                    LEFT JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
                    LEFT JOIN pg_namespace pn ON pn.oid = p.pronamespace
                    WHERE d.refclassid = 'pg_type'::regclass AND d.refobjid IN (t.oid, t.typarray) AND d.deptype = 'n'
                      AND NOT (d.classid = 'pg_type'::regclass AND d.objid = t.typarray)
                      AND NOT EXISTS (SELECT 1 FROM pg_cast c WHERE d.classid = 'pg_cast'::regclass AND c.oid = d.objid
                                      AND c.castmethod = 'i' AND 'varchar'::regtype IN (c.castsource, c.casttarget))
                ) x
            ) u ON true
            WHERE t.typtype = 'e' AND n.nspname = ANY (?)
            ORDER BY 1, 2""";

    /**
     * Views (not materialized ones, nor those an extension owns), each with its definition as the
     * server deparses it and what its rewrite rule depends on: the relations (schema and name arrays)
     * and for each its column, {@code NULL} for the relation as a whole. Few databases hold many
     * views, so the dependencies come as arrays per view rather than as a query of their own.
     */
    static final String VIEWS = """
            SELECT n.nspname, c.relname, pg_get_viewdef(c.oid),
                   ARRAY(SELECT dn.nspname FROM pg_rewrite r
                         JOIN pg_depend dep ON dep.classid = 'pg_rewrite'::regclass AND dep.objid = r.oid
                          AND dep.refclassid = 'pg_class'::regclass AND dep.deptype = 'n' AND dep.refobjid <> c.oid
                         JOIN pg_class d ON d.oid = dep.refobjid JOIN pg_namespace dn ON dn.oid = d.relnamespace
                         WHERE r.ev_class = c.oid ORDER BY dep.refobjid, dep.refobjsubid),
                   ARRAY(SELECT d.relname FROM pg_rewrite r
                         JOIN pg_depend dep ON dep.classid = 'pg_rewrite'::regclass AND dep.objid = r.oid
                          AND dep.refclassid = 'pg_class'::regclass AND dep.deptype = 'n' AND dep.refobjid <> c.oid
                         JOIN pg_class d ON d.oid = dep.refobjid
                         WHERE r.ev_class = c.oid ORDER BY dep.refobjid, dep.refobjsubid),
                   ARRAY(SELECT a.attname FROM pg_rewrite r
                         JOIN pg_depend dep ON dep.classid = 'pg_rewrite'::regclass AND dep.objid = r.oid
                          AND dep.refclassid = 'pg_class'::regclass AND dep.deptype = 'n' AND dep.refobjid <> c.oid
                         LEFT JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
                                                 AND dep.refobjsubid > 0
                         WHERE r.ev_class = c.oid ORDER BY dep.refobjid, dep.refobjsubid)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'v' AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid
                              AND e.deptype = 'e')
            ORDER BY 1, 2""";

    private CatalogQueries() {
    }
}
