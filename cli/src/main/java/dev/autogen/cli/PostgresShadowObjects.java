package dev.autogen.cli;

import dev.autogen.runtime.dialect.PostgresIdentifiers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The objects of a PostgreSQL database that a replay may create: extensions, schemas, and in every
 * schema the views, tables, sequences, routines, domains and types that are no part of an extension or another object. Each
 * drops with {@code IF EXISTS ... CASCADE}, so that one gone with an earlier drop is skipped.
 */
final class PostgresShadowObjects {
    private static final String USER_SCHEMA = "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";
    private static final String NOT_EXTENSION_MEMBER = " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = %s"
            + " AND d.classid = '%s'::regclass AND d.deptype IN ('e', 'i'))";
    private static final String QUERY = "SELECT 1, 'extension', NULL, e.extname, '' FROM pg_extension e"
            + " UNION ALL SELECT 2, 'schema', NULL, n.nspname, '' FROM pg_namespace n WHERE " + USER_SCHEMA
            + " UNION ALL SELECT CASE WHEN c.relkind IN ('v', 'm') THEN 3 WHEN c.relkind = 'S' THEN 5 ELSE 4 END,"
            + " CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'"
            + " WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' ELSE 'table' END, n.nspname, c.relname, ''"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND " + USER_SCHEMA
            + NOT_EXTENSION_MEMBER.formatted("c.oid", "pg_class")
            + " UNION ALL SELECT 6, 'routine', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)"
            + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE " + USER_SCHEMA
            + NOT_EXTENSION_MEMBER.formatted("p.oid", "pg_proc")
            + " UNION ALL SELECT 7, CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'type' END, n.nspname, t.typname, ''"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE " + USER_SCHEMA
            + " AND t.typtype IN ('e', 'd', 'r', 'c')"
            + " AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')"
            + " AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)"
            + NOT_EXTENSION_MEMBER.formatted("t.oid", "pg_type")
            + " ORDER BY 1, 3, 4, 5";

    private PostgresShadowObjects() {
    }

    /** The objects of the connection's database, in the order they are dropped in. */
    static List<ShadowObject> of(Connection connection) throws SQLException {
        List<ShadowObject> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(QUERY)) {
            while (rows.next()) {
                String kind = rows.getString(2);
                String schema = rows.getString(3);
                String name = rows.getString(4);
                String qualified = schema == null ? PostgresIdentifiers.quote(name)
                        : PostgresIdentifiers.quote(schema) + "." + PostgresIdentifiers.quote(name);
                String signature = kind.equals("routine") ? "(" + rows.getString(5) + ")" : "";
                objects.add(new ShadowObject(kind, (schema == null ? name : schema + "." + name) + signature,
                        "DROP " + kind.toUpperCase(Locale.ROOT) + " IF EXISTS " + qualified + signature
                                + " CASCADE"));
            }
        }
        return objects;
    }
}
