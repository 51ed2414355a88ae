package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.dialect.LockAnalysis;
import dev.autogen.runtime.dialect.LockMode;
import dev.autogen.runtime.dialect.LockVerdict;
import dev.autogen.runtime.dialect.MigrationLocks;
import dev.autogen.runtime.dialect.OperationLocks;
import dev.autogen.runtime.dialect.PlannedStatement.Execution;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.dialect.StatementLocks;
import dev.autogen.runtime.dialect.TableLock;
import dev.autogen.runtime.dialect.TableWork;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddColumnExpression;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddPrimaryKeyUsingIndex;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropColumnExpression;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.SetNotNullViaCheck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lock analysis of MariaDB 10.11: for each statement, the online DDL InnoDB runs it with by
 * default ({@code ALGORITHM=INSTANT}, {@code INPLACE} or {@code COPY}; {@code LOCK=NONE} or
 * {@code SHARED}), as checked on the server, and what it does to the rows. A statement is risky when it
 * blocks reads or writes of a table that exists before the migration while it copies or scans it, or
 * writes every row. MariaDB commits each DDL statement on its own, so no lock outlives its statement.
 * The review shows the reason of each statement, which starts with its algorithm and lock.
 */
public final class MariaDbLockAnalysis implements LockAnalysis {
    private static final Pattern VARCHAR = Pattern.compile("(?i)\\s*varchar\\s*\\(\\s*(\\d+)\\s*\\)\\s*");
    /** Bytes per character of {@code utf8mb4}, the server's default character set. */
    private static final int BYTES_PER_CHARACTER = 4;

    /** Checked on 10.11: a rebuild that is in place elsewhere copies a table with a stored generated column. */
    private static final String REBUILD_CAVEAT = " (a table with a stored generated column is copied instead)";

    private final SqlDialect dialect;

    /** The analysis of the statements the given dialect renders. */
    public MariaDbLockAnalysis(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** Analyses the operations; {@code transactional} changes nothing, as every DDL statement commits on its own. */
    @Override
    public MigrationLocks analyse(List<MigrationOperation> operations, boolean transactional) {
        Set<String> newTables = new LinkedHashSet<>();
        List<OperationLocks> result = new ArrayList<>();
        for (MigrationOperation operation : operations) {
            if (operation instanceof CreateTable create) {
                newTables.add(create.table());
            }
            result.add(new OperationLocks(operation, statements(operation, newTables)));
        }
        return new MigrationLocks(result, newTables);
    }

    private List<StatementLocks> statements(MigrationOperation operation, Set<String> newTables) {
        List<String> sql;
        try {
            sql = dialect.toSql(operation);
        } catch (AutogenException refused) {
            return List.of(new StatementLocks(operation.describe(), Execution.IN_TRANSACTION, List.of(),
                    TableWork.UNKNOWN, LockVerdict.UNKNOWN, "not rendered for MariaDB: " + refused.getMessage()));
        }
        List<StatementLocks> statements = new ArrayList<>();
        for (int i = 0; i < sql.size(); i++) {
            statements.add(judge(sql.get(i), i, operation, newTables));
        }
        return statements;
    }

    private static StatementLocks judge(String sql, int index, MigrationOperation operation, Set<String> newTables) {
        String table = operation.table();
        String upper = sql.strip().toUpperCase(Locale.ROOT);
        if (operation instanceof ExecuteSql) {
            return new StatementLocks(sql, Execution.IN_TRANSACTION, List.of(), TableWork.UNKNOWN, LockVerdict.UNKNOWN,
                    "not recognised: review by hand (" + oneLine(sql) + ")");
        }
        if (upper.startsWith("UPDATE ")) {
            boolean all = !upper.contains(" WHERE ");
            TableWork work = all ? TableWork.WRITES_ALL_ROWS : TableWork.WRITES_SOME_ROWS;
            return verdict(sql, table, LockMode.ROW_EXCLUSIVE, work, null, "locks the rows it writes until it commits",
                    newTables);
        }
        if (upper.startsWith("SET @") && operation instanceof CreateSequence create && create.continueAfter() != null) {
            return verdict(sql, create.continueAfter().table(), LockMode.ACCESS_SHARE, TableWork.READ, null,
                    "reads the largest value of " + create.continueAfter().column(), newTables);
        }
        OnlineDdl online = upper.startsWith("ALTER TABLE") || upper.startsWith("CREATE ") && upper.contains(" INDEX ")
                || upper.startsWith("DROP INDEX") ? online(operation, index) : null;
        if (online != null && table != null) {
            return verdict(sql, table, online.mode(), online.work(), online.clause(), online.note(), newTables);
        }
        if (table != null && (upper.startsWith("DROP TABLE") || upper.startsWith("RENAME TABLE")
                || upper.startsWith("CREATE TABLE"))) {
            return verdict(sql, table, LockMode.ACCESS_EXCLUSIVE, TableWork.CATALOG, null, "", newTables);
        }
        return new StatementLocks(sql, Execution.IN_TRANSACTION, List.of(), TableWork.CATALOG, LockVerdict.SAFE, "");
    }

    /**
     * The statement judged: risky when it writes every row of an existing table, or blocks its reads or
     * writes while it scans or copies it. The reason starts with the online DDL clause when there is one.
     */
    private static StatementLocks verdict(String sql, String table, LockMode mode, TableWork work, String clause,
                                          String note, Set<String> newTables) {
        List<TableLock> locks = List.of(new TableLock(table, mode));
        boolean existing = !newTables.contains(table);
        boolean risky = existing && (work == TableWork.WRITES_ALL_ROWS
                || work.growsWithTable() && (mode.blocksReads() || mode.blocksWrites()));
        String prefix = clause == null ? "" : clause;
        if (!risky) {
            String reason = prefix.isEmpty() || note.isEmpty() ? prefix + note : prefix + ": " + note;
            return new StatementLocks(sql, Execution.IN_TRANSACTION, locks, work, LockVerdict.SAFE, reason);
        }
        String reason = (prefix.isEmpty() ? "" : prefix + " on " + table + " ") + (work == TableWork.WRITES_ALL_ROWS
                ? "writes every row of " + table + ", " + note
                : "blocks " + mode.blocked() + " while it " + work.label() + " " + table + ": " + note);
        return new StatementLocks(sql, Execution.IN_TRANSACTION, locks, work, LockVerdict.RISKY, reason);
    }

    /**
     * The online DDL of the operation's statement at the index, an {@code ALTER TABLE}, {@code CREATE INDEX}
     * or {@code DROP INDEX}, as MariaDB 10.11 runs it by default.
     */
    static OnlineDdl online(MigrationOperation operation, int index) {
        if (operation instanceof AlterColumnDefault || operation instanceof AddColumn && index == 1) {
            return OnlineDdl.instant("changes only the default");
        }
        if (operation instanceof AddColumn add) {
            if (index == 2) {
                return OnlineDdl.inplace(TableWork.REWRITE, "NOT NULL rebuilds the table, checking every row,"
                        + " while reads and writes go on" + REBUILD_CAVEAT);
            }
            if (add.column().isIdentity()) {
                return new OnlineDdl("INPLACE", "SHARED", TableWork.REWRITE,
                        "an AUTO_INCREMENT column is numbered row by row while the table is rebuilt");
            }
            return add.column().isGenerated() ? OnlineDdl.copy("a stored generated column is computed for every row")
                    : OnlineDdl.instant("adds the column in the catalog; rows get it when next written");
        }
        if (operation instanceof AddColumnExpression) {
            return index == 0 ? OnlineDdl.instant("drops the column in the catalog")
                    : OnlineDdl.copy("a stored generated column is computed for every row");
        }
        if (operation instanceof DropColumnExpression) {
            return OnlineDdl.copy("a generated column becomes an ordinary one by copying the table");
        }
        if (operation instanceof AlterColumnType change) {
            return typeChange(change);
        }
        if (operation instanceof AlterColumnNullability change) {
            return OnlineDdl.inplace(TableWork.REWRITE, (change.nullable() ? "NULL" : "NOT NULL")
                    + " rebuilds the table" + (change.nullable() ? "" : ", checking every row")
                    + ", while reads and writes go on" + REBUILD_CAVEAT);
        }
        if (operation instanceof SetNotNullViaCheck) {
            return OnlineDdl.inplace(TableWork.REWRITE, "NOT NULL rebuilds the table, checking every row, while reads"
                    + " and writes go on" + REBUILD_CAVEAT);
        }
        if (operation instanceof AddIdentity) {
            return OnlineDdl.copy("making a column AUTO_INCREMENT copies the table");
        }
        if (operation instanceof DropIdentity) {
            return OnlineDdl.instant("drops AUTO_INCREMENT in the catalog");
        }
        if (operation instanceof AddPrimaryKey || operation instanceof AddPrimaryKeyUsingIndex) {
            return OnlineDdl.inplace(TableWork.REWRITE, "rebuilds the table in key order while reads and writes go on"
                    + REBUILD_CAVEAT);
        }
        if (operation instanceof DropPrimaryKey) {
            return OnlineDdl.copy("a primary key dropped without another added copies the table");
        }
        if (operation instanceof AddUnique || operation instanceof AddUniqueUsingIndex || operation instanceof CreateIndex) {
            return OnlineDdl.inplace(TableWork.SCAN, "builds the index while reads and writes go on");
        }
        if (operation instanceof DropUnique || operation instanceof DropIndex || operation instanceof DropForeignKey) {
            return OnlineDdl.inplace(TableWork.CATALOG, "drops the index in the catalog");
        }
        if (operation instanceof AddCheck) {
            return OnlineDdl.copy("MariaDB checks a new CHECK against every row by copying the table");
        }
        if (operation instanceof AddForeignKey) {
            return OnlineDdl.copy("with foreign_key_checks on, a new foreign key is checked by copying the table");
        }
        return OnlineDdl.instant("changes only the catalog");
    }

    /**
     * A type change is a copy, except a {@code varchar} widened without a longer length prefix, which is
     * instant (as checked on 10.11 with {@code utf8mb4}, the server's default, and the default
     * {@code ROW_FORMAT=DYNAMIC}): a column of at most 127 bytes, or one that stays within 255 bytes, or
     * one already over 255 bytes.
     */
    private static OnlineDdl typeChange(AlterColumnType change) {
        if (change.previousType() != null) {
            Matcher before = VARCHAR.matcher(change.previousType());
            Matcher after = VARCHAR.matcher(change.type());
            if (before.matches() && after.matches()) {
                long from = Long.parseLong(before.group(1)) * BYTES_PER_CHARACTER;
                long to = Long.parseLong(after.group(1)) * BYTES_PER_CHARACTER;
                if (to >= from && (from <= 127 || to <= 255 || from > 255)) {
                    return OnlineDdl.instant(change.previousType() + " -> " + change.type()
                            + " keeps the length prefix (utf8mb4)");
                }
            }
        }
        String why = change.previousType() == null ? "the old type is not recorded"
                : change.previousType() + " -> " + change.type();
        return OnlineDdl.copy(why + "; MODIFY COLUMN copies the table to change the type");
    }

    /**
     * The row counts of the tables, as InnoDB estimates them ({@code information_schema.TABLES.TABLE_ROWS}),
     * read in one query; a table without schema is looked up in the connection's database.
     */
    @Override
    public Map<String, Long> liveRows(Connection connection, Collection<String> tables) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        if (tables.isEmpty()) {
            return rows;
        }
        List<String> names = List.copyOf(new LinkedHashSet<>(tables));
        String placeholders = String.join(", ", java.util.Collections.nCopies(names.size(), "?"));
        String sql = "SELECT TABLE_SCHEMA, TABLE_NAME, COALESCE(TABLE_ROWS, 0), DATABASE() FROM information_schema.TABLES"
                + " WHERE TABLE_NAME IN (" + placeholders + ")";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < names.size(); i++) {
                query.setString(i + 1, MariaDbIdentifiers.nameOf(names.get(i)));
            }
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    String schema = result.getString(1);
                    String name = result.getString(2);
                    for (String table : names) {
                        String wanted = MariaDbIdentifiers.schemaOf(table);
                        boolean sameSchema = wanted == null ? schema.equals(result.getString(4)) : schema.equals(wanted);
                        if (sameSchema && name.equals(MariaDbIdentifiers.nameOf(table))) {
                            rows.put(table, result.getLong(3));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static String oneLine(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
