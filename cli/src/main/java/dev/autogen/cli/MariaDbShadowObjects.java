package dev.autogen.cli;

import dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The objects of a MariaDB database that a replay may create: the views, tables, sequences and routines
 * of the connection's database, and those of the server's databases, MariaDB's schemas, that the project
 * names (the server's others are not the shadow's). Each drops
 * with {@code IF EXISTS}; the foreign key checks are off for the drops, so tables drop in any order.
 */
final class MariaDbShadowObjects {
    private static final String QUERY = "SELECT CASE TABLE_TYPE WHEN 'VIEW' THEN 1 WHEN 'SEQUENCE' THEN 3 ELSE 2 END,"
            + " CASE TABLE_TYPE WHEN 'VIEW' THEN 'view' WHEN 'SEQUENCE' THEN 'sequence' ELSE 'table' END, TABLE_NAME"
            + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
            + " UNION ALL SELECT 4, lower(ROUTINE_TYPE), ROUTINE_NAME FROM information_schema.ROUTINES"
            + " WHERE ROUTINE_SCHEMA = DATABASE()"
            + " ORDER BY 1, 3";
    private static final String DATABASES = "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY 1";
    /** Turns the foreign key checks off for the session of the drops. */
    static final String NO_FOREIGN_KEY_CHECKS = "SET FOREIGN_KEY_CHECKS = 0";

    private MariaDbShadowObjects() {
    }

    /**
     * The objects of the connection's database, then the databases among {@code schemas}, in the order
     * they are dropped in.
     */
    static List<ShadowObject> of(Connection connection, List<String> schemas) throws SQLException {
        List<ShadowObject> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(QUERY)) {
                while (rows.next()) {
                    objects.add(object(rows.getString(2), rows.getString(3)));
                }
            }
            try (ResultSet rows = statement.executeQuery(DATABASES)) {
                while (rows.next()) {
                    if (schemas.contains(rows.getString(1))) {
                        objects.add(object("database", rows.getString(1)));
                    }
                }
            }
        }
        return objects;
    }

    private static ShadowObject object(String kind, String name) {
        return new ShadowObject(kind, name, "DROP " + kind.toUpperCase(Locale.ROOT) + " IF EXISTS "
                + MariaDbIdentifiers.quote(name));
    }

    /** The statements that drop {@code created}, the foreign key checks turned off first. */
    static List<String> dropStatements(List<ShadowObject> created) {
        List<String> statements = new ArrayList<>();
        statements.add(NO_FOREIGN_KEY_CHECKS);
        created.stream().map(ShadowObject::drop).forEach(statements::add);
        return statements;
    }
}
