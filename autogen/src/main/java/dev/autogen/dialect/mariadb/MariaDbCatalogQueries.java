package dev.autogen.dialect.mariadb;

import java.util.Collections;
import java.util.List;

/**
 * The {@code information_schema} queries of {@link MariaDbCatalogReader}; {@value #SCHEMAS} stands for
 * the list of placeholders, one per schema read. Each reads all tables of the schemas at once.
 */
final class MariaDbCatalogQueries {
    /** Where the schema placeholders go. */
    static final String SCHEMAS = "/*schemas*/";

    /** The current database and those of the asked schemas that exist, the current one flagged. */
    static final String SESSION = "SELECT SCHEMA_NAME, SCHEMA_NAME = DATABASE() FROM information_schema.SCHEMATA"
            + " WHERE SCHEMA_NAME = DATABASE() OR SCHEMA_NAME IN (" + SCHEMAS + ")";

    /** Tables and sequences, with the table comment. */
    static final String TABLES = "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_COMMENT FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA IN (" + SCHEMAS + ") AND TABLE_TYPE IN ('BASE TABLE', 'SEQUENCE')"
            + " ORDER BY TABLE_SCHEMA, TABLE_NAME";

    /** Columns in table order. */
    static final String COLUMNS = "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT,"
            + " EXTRA, COLUMN_COMMENT, IS_GENERATED, GENERATION_EXPRESSION FROM information_schema.COLUMNS"
            + " WHERE TABLE_SCHEMA IN (" + SCHEMAS + ") ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION";

    /** Primary keys, uniques and foreign keys with their columns in key order and the delete rule. */
    static final String CONSTRAINTS = "SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.CONSTRAINT_NAME, c.CONSTRAINT_TYPE,"
            + " k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE"
            + " FROM information_schema.TABLE_CONSTRAINTS c"
            + " JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA"
            + " AND k.TABLE_NAME = c.TABLE_NAME AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME"
            + " LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA"
            + " AND r.TABLE_NAME = c.TABLE_NAME AND r.CONSTRAINT_NAME = c.CONSTRAINT_NAME"
            + " WHERE c.TABLE_SCHEMA IN (" + SCHEMAS + ") AND c.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
            + " ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.CONSTRAINT_NAME, k.ORDINAL_POSITION";

    /** Check constraints, column-level and table-level. */
    static final String CHECKS = "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL"
            + " FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN (" + SCHEMAS + ")"
            + " ORDER BY CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME";

    /** Index columns in index order, unique and primary ones included. */
    static final String INDEXES = "SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION,"
            + " SUB_PART, INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (" + SCHEMAS + ")"
            + " ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";

    /** Views with the definition the server stores. */
    static final String VIEWS = "SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS"
            + " WHERE TABLE_SCHEMA IN (" + SCHEMAS + ") ORDER BY TABLE_SCHEMA, TABLE_NAME";

    private MariaDbCatalogQueries() {
    }

    /** The query with one placeholder per schema. */
    static String withSchemas(String query, int schemas) {
        return query.replace(SCHEMAS, String.join(", ", Collections.nCopies(Math.max(schemas, 1), "?")));
    }

    /**
     * One query for the first value and increment of all the given sequences, a {@code UNION ALL} of one
     * {@code SELECT} from each: MariaDB 10.11 has no {@code information_schema.SEQUENCES}, and a sequence's
     * settings are only read by selecting from it. The statement grows with the sequences, but it is one
     * round trip however many there are.
     */
    static String sequences(List<String[]> schemaAndName) {
        StringBuilder sql = new StringBuilder();
        for (String[] sequence : schemaAndName) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT ").append(literal(sequence[0])).append(", ").append(literal(sequence[1]))
                    .append(", start_value, increment FROM ").append(quote(sequence[0])).append('.')
                    .append(quote(sequence[1]));
        }
        return sql.toString();
    }

    /** A name in backticks. */
    static String quote(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    private static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
