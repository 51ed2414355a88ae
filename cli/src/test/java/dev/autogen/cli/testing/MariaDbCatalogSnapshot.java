package dev.autogen.cli.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The MariaDB counterpart of {@link CatalogSnapshot}: a text of every table, column, index, constraint,
 * sequence and view of the connection's database, read from {@code information_schema} as the server
 * reports them (types as {@code COLUMN_TYPE} spells them, defaults as {@code COLUMN_DEFAULT} does), one
 * sorted line each, so two databases compare equal exactly when their schemas do. The history table is
 * left out. It reads the catalog independently of autogen's own reader, to judge it.
 */
public final class MariaDbCatalogSnapshot {
    private static final String HERE = "TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'autogen_history'";

    private MariaDbCatalogSnapshot() {
    }

    /** The snapshot of the database the connection is connected to. */
    public static String of(Connection connection) throws SQLException {
        StringBuilder text = new StringBuilder();
        append(connection, text, "table", """
                SELECT CONCAT(TABLE_NAME, ' ', ENGINE, IF(TABLE_COMMENT = '', '', CONCAT(' comment ', TABLE_COMMENT)))
                FROM information_schema.TABLES WHERE %s AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1""".formatted(HERE));
        append(connection, text, "column", """
                SELECT CONCAT(c.TABLE_NAME, '.', c.COLUMN_NAME, ' ', c.COLUMN_TYPE,
                       IF(c.IS_NULLABLE = 'NO', ' not null', ''),
                       IFNULL(CONCAT(' default ', c.COLUMN_DEFAULT), ''),
                       IF(c.EXTRA = '', '', CONCAT(' ', c.EXTRA)),
                       IFNULL(CONCAT(' as ', c.GENERATION_EXPRESSION), ''),
                       IF(c.COLUMN_COMMENT = '', '', CONCAT(' comment ', c.COLUMN_COMMENT)))
                FROM information_schema.COLUMNS c JOIN information_schema.TABLES t
                  ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE'
                WHERE c.%s ORDER BY 1""".formatted(HERE));
        append(connection, text, "index", """
                SELECT CONCAT(TABLE_NAME, ' ', INDEX_NAME, IF(NON_UNIQUE = 0, ' unique', ''), ' (',
                       GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' desc', '')) ORDER BY SEQ_IN_INDEX
                       SEPARATOR ', '), ')')
                FROM information_schema.STATISTICS WHERE %s GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE
                ORDER BY 1""".formatted(HERE));
        append(connection, text, "constraint", """
                SELECT CONCAT(tc.TABLE_NAME, ' ', tc.CONSTRAINT_NAME, ' ', tc.CONSTRAINT_TYPE, ' (',
                       GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ')',
                       IFNULL(CONCAT(' references ', MAX(k.REFERENCED_TABLE_NAME), ' (',
                              GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ')',
                              ' on delete ', MAX(r.DELETE_RULE), ' on update ', MAX(r.UPDATE_RULE)), ''))
                FROM information_schema.TABLE_CONSTRAINTS tc
                JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                  AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                  AND r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                WHERE tc.%s AND tc.CONSTRAINT_TYPE <> 'CHECK'
                GROUP BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE ORDER BY 1""".formatted(HERE));
        append(connection, text, "check", """
                SELECT CONCAT(TABLE_NAME, ' ', CONSTRAINT_NAME, ' ', CHECK_CLAUSE)
                FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY 1""");
        for (String sequence : column(connection, """
                SELECT TABLE_NAME FROM information_schema.TABLES WHERE %s AND TABLE_TYPE = 'SEQUENCE'
                ORDER BY 1""".formatted(HERE))) {
            append(connection, text, "sequence", """
                    SELECT CONCAT('%s start ', start_value, ' increment ', increment, ' min ', minimum_value,
                           ' max ', maximum_value, ' cache ', cache_size, IF(cycle_option, ' cycle', ''))
                    FROM `%s`""".formatted(sequence.replace("'", "''"), sequence.replace("`", "``")));
        }
        append(connection, text, "view", """
                SELECT CONCAT(TABLE_NAME, ' ', VIEW_DEFINITION) FROM information_schema.VIEWS
                WHERE %s AND TABLE_NAME NOT LIKE 'handmade\\_%%' ORDER BY 1""".formatted(HERE));
        return text.toString();
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void append(Connection connection, StringBuilder text, String kind, String sql) throws SQLException {
        column(connection, sql).forEach(line -> text.append(kind).append(' ').append(line).append('\n'));
    }
}
