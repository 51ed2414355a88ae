package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.HistorySql;
import dev.autogen.runtime.dialect.HistoryTableFacts;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.history.HistoryTable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The history table on MariaDB: created with its format in {@code COMMENT=}, upgraded in place with
 * {@code ADD COLUMN IF NOT EXISTS}, and found in {@code information_schema} in the database the name
 * names, or else the connection's current one ({@code database()}).
 */
final class MariaDbHistorySql implements HistorySql {
    static final MariaDbHistorySql INSTANCE = new MariaDbHistorySql();

    /** ER_TABLEACCESS_DENIED_ERROR: the user lacks a privilege on the table, such as ALTER. */
    private static final int TABLE_ACCESS_DENIED = 1142;
    private static final String INSPECT = "SELECT t.table_comment, c.column_name FROM information_schema.tables t"
            + " LEFT JOIN information_schema.columns c ON c.table_schema = t.table_schema AND c.table_name = t.table_name"
            + " WHERE t.table_schema = coalesce(?, database()) AND t.table_name = ?";

    private MariaDbHistorySql() {
    }

    @Override
    public List<String> createStatements(String sqlName, String comment) {
        return List.of("CREATE TABLE IF NOT EXISTS " + sqlName + " (\n"
                + "    revision varchar(128) NOT NULL PRIMARY KEY,\n"
                + "    parents varchar(2000) NOT NULL,\n"
                + "    description varchar(" + HistoryTable.DESCRIPTION_LENGTH + ") NOT NULL,\n"
                + "    checksum varchar(100),\n"
                + "    applied_by varchar(200) NOT NULL DEFAULT current_user(),\n"
                + "    applied_at datetime(6) NOT NULL DEFAULT current_timestamp(6),\n"
                + "    execution_ms bigint NOT NULL,\n"
                + "    success boolean NOT NULL,\n"
                + "    verified_source varchar(100),\n"
                + "    completed_statements int,\n"
                + "    statements_checksum varchar(100),\n"
                + "    dialect varchar(30),\n"
                + "    completed_checksum varchar(100)\n"
                + ") COMMENT=" + MariaDbIdentifiers.literal(comment));
    }

    @Override
    public String commentStatement(String sqlName, String comment) {
        return "ALTER TABLE " + sqlName + " COMMENT=" + MariaDbIdentifiers.literal(comment);
    }

    @Override
    public String addOptionalColumnsStatement(String sqlName) {
        return "ALTER TABLE " + sqlName + " ADD COLUMN IF NOT EXISTS verified_source varchar(100),"
                + " ADD COLUMN IF NOT EXISTS completed_statements int,"
                + " ADD COLUMN IF NOT EXISTS statements_checksum varchar(100),"
                + " ADD COLUMN IF NOT EXISTS dialect varchar(30),"
                + " ADD COLUMN IF NOT EXISTS completed_checksum varchar(100)";
    }

    @Override
    public boolean mayNotAlter(SQLException failure) {
        return failure.getErrorCode() == TABLE_ACCESS_DENIED;
    }

    @Override
    public HistoryTableFacts inspect(Connection connection, String sqlName) throws SQLException {
        List<String> parts = parts(sqlName);
        try (PreparedStatement query = connection.prepareStatement(INSPECT)) {
            query.setString(1, parts.size() == 2 ? parts.get(0) : null);
            query.setString(2, parts.get(parts.size() - 1));
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return HistoryTableFacts.absent();
                }
                String comment = rows.getString(1);
                Set<String> columns = new HashSet<>();
                do {
                    if (rows.getString(2) != null) {
                        columns.add(rows.getString(2));
                    }
                } while (rows.next());
                return new HistoryTableFacts(true, comment == null || comment.isEmpty() ? null : comment, columns);
            }
        }
    }

    /** The database the name names, or else the connection's current one ({@code ""} when it has none), and the table. */
    @Override
    public HistoryLocation locate(Connection connection, String sqlName) throws SQLException {
        List<String> parts = parts(sqlName);
        if (parts.size() == 2) {
            return new HistoryLocation(parts.get(0), parts.get(1));
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT database()")) {
            row.next();
            String database = row.getString(1);
            return new HistoryLocation(database == null ? "" : database, parts.get(0));
        }
    }

    /** Fails when the name has no database and the connection has no current one. */
    @Override
    public void requireSchema(Connection connection, String sqlName) throws SQLException {
        if (locate(connection, sqlName).schema().isEmpty()) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The connection has no current database, so the"
                    + " history table " + sqlName + " and the migrations' unqualified tables would belong nowhere."
                    + " Name the database in the JDBC URL (jdbc:mariadb://host:3306/DATABASE), or qualify the"
                    + " history table with it (DATABASE.autogen_history).");
        }
    }

    /** The parts of a name as {@link MariaDbIdentifiers#quoteQualified} writes it, backticks removed. */
    static List<String> parts(String sqlName) {
        List<String> parts = new ArrayList<>(2);
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sqlName.length(); i++) {
            char c = sqlName.charAt(i);
            if (c == '`') {
                if (quoted && i + 1 < sqlName.length() && sqlName.charAt(i + 1) == '`') {
                    part.append('`');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
