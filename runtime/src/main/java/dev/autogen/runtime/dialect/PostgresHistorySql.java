package dev.autogen.runtime.dialect;

import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.history.HistoryTable;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * The history table on PostgreSQL: {@code COMMENT ON TABLE} carries the format, {@code ADD COLUMN IF
 * NOT EXISTS} adds the optional columns, {@code pg_catalog} and {@code to_regclass} find the table as
 * the search path resolves it.
 */
public final class PostgresHistorySql implements HistorySql {
    /** The one instance; it holds no state. */
    public static final PostgresHistorySql INSTANCE = new PostgresHistorySql();

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String ADD_OPTIONAL_COLUMNS = " ADD COLUMN IF NOT EXISTS verified_source varchar(100),"
            + " ADD COLUMN IF NOT EXISTS completed_statements integer,"
            + " ADD COLUMN IF NOT EXISTS statements_checksum varchar(100),"
            + " ADD COLUMN IF NOT EXISTS dialect varchar(30),"
            + " ADD COLUMN IF NOT EXISTS completed_checksum varchar(100)";
    private static final String INSPECT = "SELECT c.oid IS NOT NULL, obj_description(c.oid, 'pg_class'),"
            + " ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0"
            + " AND NOT a.attisdropped) FROM (SELECT to_regclass(?) AS oid) c";
    private static final String LOCATE = "SELECT coalesce(CASE WHEN cardinality(i.p) = 2 THEN i.p[1] END,"
            + " (SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.oid = to_regclass(?)), current_schema(), ''), i.p[cardinality(i.p)]"
            + " FROM (SELECT parse_ident(?) AS p) i";

    private PostgresHistorySql() {
    }

    @Override
    public List<String> createStatements(String sqlName, String comment) {
        return List.of("CREATE TABLE IF NOT EXISTS " + sqlName + " (\n"
                        + "    revision varchar(128) PRIMARY KEY,\n"
                        + "    parents varchar(2000) NOT NULL,\n"
                        + "    description varchar(" + HistoryTable.DESCRIPTION_LENGTH + ") NOT NULL,\n"
                        + "    checksum varchar(100),\n"
                        + "    applied_by varchar(200) NOT NULL DEFAULT current_user,\n"
                        + "    applied_at timestamp with time zone NOT NULL DEFAULT now(),\n"
                        + "    execution_ms bigint NOT NULL,\n"
                        + "    success boolean NOT NULL,\n"
                        + "    verified_source varchar(100),\n"
                        + "    completed_statements integer,\n"
                        + "    statements_checksum varchar(100),\n"
                        + "    dialect varchar(30),\n"
                        + "    completed_checksum varchar(100)\n"
                        + ")",
                commentStatement(sqlName, comment));
    }

    @Override
    public String commentStatement(String sqlName, String comment) {
        return "COMMENT ON TABLE " + sqlName + " IS " + PostgresIdentifiers.literal(comment);
    }

    @Override
    public String addOptionalColumnsStatement(String sqlName) {
        return "ALTER TABLE " + sqlName + ADD_OPTIONAL_COLUMNS;
    }

    @Override
    public boolean mayNotAlter(SQLException failure) {
        return INSUFFICIENT_PRIVILEGE.equals(failure.getSQLState());
    }

    @Override
    public HistoryTableFacts inspect(Connection connection, String sqlName) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(INSPECT)) {
            query.setString(1, sqlName);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) {
                    return HistoryTableFacts.absent();
                }
                Array columns = row.getArray(3);
                try {
                    return new HistoryTableFacts(true, row.getString(2), Set.of((String[]) columns.getArray()));
                } finally {
                    columns.free();
                }
            }
        }
    }

    @Override
    public HistoryLocation locate(Connection connection, String sqlName) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LOCATE)) {
            query.setString(1, sqlName);
            query.setString(2, sqlName);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new HistoryLocation(row.getString(1), row.getString(2));
            }
        }
    }

    /** Fails when no schema of the search path exists. */
    @Override
    public void requireSchema(Connection connection, String sqlName) throws SQLException {
        if (!locate(connection, sqlName).schema().isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('search_path')")) {
            row.next();
            throw HistoryTable.noCurrentSchema(row.getString(1));
        }
    }
}
