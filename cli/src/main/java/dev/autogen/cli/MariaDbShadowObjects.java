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
 * of the connection's database, and the server's databases, which are MariaDB's schemas. Each drops
 * with {@code IF EXISTS}; the foreign key checks are off for the drops, so tables drop in any order.
 */
final class MariaDbShadowObjects {
    private static final String QUERY = "SELECT CASE TABLE_TYPE WHEN 'VIEW' THEN 1 WHEN 'SEQUENCE' THEN 3 ELSE 2 END,"
            + " CASE TABLE_TYPE WHEN 'VIEW' THEN 'view' WHEN 'SEQUENCE' THEN 'sequence' ELSE 'table' END, TABLE_NAME"
            + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
            + " UNION ALL SELECT 4, lower(ROUTINE_TYPE), ROUTINE_NAME FROM information_schema.ROUTINES"
            + " WHERE ROUTINE_SCHEMA = DATABASE()"
            + " UNION ALL SELECT 5, 'database', SCHEMA_NAME FROM information_schema.SCHEMATA"
            + " WHERE SCHEMA_NAME NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')"
            + " ORDER BY 1, 3";
    /** Turns the foreign key checks off for the session of the drops. */
    static final String NO_FOREIGN_KEY_CHECKS = "SET FOREIGN_KEY_CHECKS = 0";

    private MariaDbShadowObjects() {
    }

    /** The objects of the connection's database and server, in the order they are dropped in. */
    static List<ShadowObject> of(Connection connection) throws SQLException {
        List<ShadowObject> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(QUERY)) {
            while (rows.next()) {
                String kind = rows.getString(2);
                String name = rows.getString(3);
                objects.add(new ShadowObject(kind, name, "DROP " + kind.toUpperCase(Locale.ROOT) + " IF EXISTS "
                        + MariaDbIdentifiers.quote(name), kind.equals("database")));
            }
        }
        return objects;
    }

    /**
     * The statements that drop {@code created}: a database only when the project names it, since the
     * server's other databases are not the shadow's.
     */
    static List<String> dropStatements(List<ShadowObject> created, List<String> schemas) {
        List<String> statements = new ArrayList<>();
        statements.add(NO_FOREIGN_KEY_CHECKS);
        created.stream().filter(object -> !object.schema() || schemas.contains(object.name()))
                .map(ShadowObject::drop).forEach(statements::add);
        return statements;
    }
}
