package dev.autogen.runtime.dialect;

import dev.autogen.runtime.dialect.PlannedStatement.Execution;
import dev.autogen.runtime.dialect.StatementShape.NotNullCheck;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.MigrationOperation;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lock analysis of PostgreSQL 12 and later. Each statement the dialect plans for an operation
 * (or that a hand-written {@code execute} holds) is recognised for its table locks and its work on
 * the rows; the operation record refines that where the SQL alone cannot tell, such as whether a
 * type change is binary-coercible. A statement is risky when it blocks reads or writes of a table
 * that exists before the migration for longer than a catalog update: while it scans or rewrites,
 * or because a lock it took stays held until commit while a later statement of the same
 * transaction does such work.
 */
public final class PostgresLockAnalysis implements LockAnalysis {
    private static final String LIVE_ROWS = "SELECT t.name, CASE WHEN c.reltuples > 0 THEN c.reltuples::bigint"
            + " ELSE coalesce(s.n_live_tup, 0) END"
            + " FROM unnest(?::text[]) AS t(name) JOIN pg_class c ON c.oid = to_regclass(t.name)"
            + " LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid";

    private static final String UNKNOWN_OLD_TYPE = "the old type is not recorded; only a binary-coercible change"
            + " (varchar widening, varchar to text, numeric precision widening) skips the rewrite";

    private final SqlDialect dialect;

    /** The analysis of the statements the given dialect renders. */
    public PostgresLockAnalysis(SqlDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public MigrationLocks analyse(List<MigrationOperation> operations, boolean transactional) {
        return new Run(transactional).analyse(operations);
    }

    @Override
    public Map<String, Long> liveRows(Connection connection, Collection<String> tables) throws SQLException {
        Map<String, String> byQuoted = new LinkedHashMap<>();
        for (String table : tables) {
            byQuoted.put(PostgresIdentifiers.quoteQualified(table), table);
        }
        Map<String, Long> rows = new HashMap<>();
        if (byQuoted.isEmpty()) {
            return rows;
        }
        try (PreparedStatement query = connection.prepareStatement(LIVE_ROWS)) {
            Array names = connection.createArrayOf("text", byQuoted.keySet().toArray());
            query.setArray(1, names);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.put(byQuoted.get(result.getString(1)), result.getLong(2));
                }
            }
        }
        return rows;
    }

    /** One migration's analysis: what earlier statements created, checked and locked. */
    private final class Run {
        private final boolean transactional;
        private final Set<String> newTables = new LinkedHashSet<>();
        private final Map<String, String> notNullChecks = new HashMap<>();
        private final Set<String> provenNotNull = new HashSet<>();
        private final List<Slot> unit = new ArrayList<>();
        private final List<List<StatementLocks>> statements = new ArrayList<>();
        private final List<MigrationOperation> operations = new ArrayList<>();

        Run(boolean transactional) {
            this.transactional = transactional;
        }

        MigrationLocks analyse(List<MigrationOperation> ops) {
            for (MigrationOperation operation : ops) {
                operations.add(operation);
                statements.add(new ArrayList<>());
                for (PlannedStatement planned : dialect.plan(operation)) {
                    List<List<SqlTokens.Token>> parts = SqlTokens.statements(planned.sql());
                    if (parts.isEmpty()) {
                        continue;
                    }
                    for (List<SqlTokens.Token> part : parts) {
                        String sql = parts.size() == 1 ? planned.sql() : text(part);
                        add(operation, sql, planned.execution(), refine(operation, PostgresStatementLocks.recognise(part)));
                    }
                }
            }
            closeUnit();
            List<OperationLocks> result = new ArrayList<>();
            for (int i = 0; i < operations.size(); i++) {
                result.add(new OperationLocks(operations.get(i), statements.get(i)));
            }
            return new MigrationLocks(result, newTables);
        }

        private void add(MigrationOperation operation, String sql, Execution execution, StatementShape shape) {
            StatementShape known = withNotNullProof(shape);
            if (known.createdTable() != null) {
                newTables.add(known.createdTable());
            }
            StatementLocks judged = judge(sql, execution, known);
            List<StatementLocks> own = statements.get(statements.size() - 1);
            own.add(judged);
            Slot slot = new Slot(statements.size() - 1, own.size() - 1, operation);
            if (!transactional || execution == Execution.OUTSIDE_TRANSACTION || execution == Execution.OWN_TRANSACTION) {
                closeUnit();
                unit.add(slot);
                closeUnit();
            } else {
                unit.add(slot);
                if (execution == Execution.COMMIT_AFTER) {
                    closeUnit();
                }
            }
        }

        private StatementShape withNotNullProof(StatementShape shape) {
            String table = shape.table();
            for (NotNullCheck check : shape.notNullChecks()) {
                if (check.column() != null && check.name() != null) {
                    notNullChecks.put(table + "\u0000" + check.name(), check.column());
                    if (check.valid()) {
                        provenNotNull.add(table + "\u0000" + check.column());
                    }
                }
            }
            for (String name : shape.validated()) {
                String column = notNullChecks.get(table + "\u0000" + name);
                if (column != null) {
                    provenNotNull.add(table + "\u0000" + column);
                }
            }
            if (!shape.notNullColumns().isEmpty() && shape.work() == TableWork.SCAN && shape.notNullColumns().stream()
                    .allMatch(column -> provenNotNull.contains(table + "\u0000" + column))) {
                return shape.withWork(TableWork.CATALOG, "skips the scan: a valid CHECK (col IS NOT NULL) proves it");
            }
            return shape;
        }

        private StatementLocks judge(String sql, Execution execution, StatementShape shape) {
            if (!shape.recognised()) {
                return new StatementLocks(sql, execution, shape.locks(), TableWork.UNKNOWN, LockVerdict.UNKNOWN,
                        "not recognised: review by hand (" + oneLine(sql) + ")");
            }
            String table = shape.table();
            if (table == null || newTables.contains(table)) {
                return new StatementLocks(sql, execution, shape.locks(), shape.work(), LockVerdict.SAFE, shape.note());
            }
            LockMode mode = shape.locks().get(0).mode();
            if (shape.work() == TableWork.WRITES_ALL_ROWS) {
                return new StatementLocks(sql, execution, shape.locks(), shape.work(), LockVerdict.RISKY,
                        "locks every row of " + table + " until commit, blocking its writers: " + shape.note());
            }
            if (shape.work().growsWithTable() && (mode.blocksReads() || mode.blocksWrites())) {
                return new StatementLocks(sql, execution, shape.locks(), shape.work(), LockVerdict.RISKY,
                        mode.sql() + " on " + tables(shape) + " blocks " + mode.blocked() + " while it "
                                + shape.work().label() + " " + table + (shape.note().isEmpty() ? "" : ": " + shape.note()));
            }
            return new StatementLocks(sql, execution, shape.locks(), shape.work(), LockVerdict.SAFE, shape.note());
        }

        /** Ends the current transaction: a blocking lock taken in it was held while every later statement of it ran. */
        private void closeUnit() {
            for (int i = 0; i < unit.size(); i++) {
                Slot holder = unit.get(i);
                StatementLocks held = holder.get();
                if (held.verdict() != LockVerdict.SAFE) {
                    continue;
                }
                List<TableLock> blocking = held.locks().stream().filter(l -> !newTables.contains(l.table())
                        && (l.mode().blocksReads() || l.mode().blocksWrites())).toList();
                if (blocking.isEmpty()) {
                    continue;
                }
                for (int j = i + 1; j < unit.size(); j++) {
                    StatementLocks later = unit.get(j).get();
                    String laterTable = later.locks().isEmpty() ? null : later.locks().get(0).table();
                    boolean slow = later.work() == TableWork.UNKNOWN
                            || later.work().growsWithTable() && laterTable != null && !newTables.contains(laterTable);
                    if (slow) {
                        TableLock lock = blocking.get(0);
                        holder.set(held.judged(LockVerdict.RISKY, lock.mode().sql() + " on " + lock.table()
                                + " blocks " + lock.mode().blocked() + " until commit, while the same transaction "
                                + (later.work() == TableWork.UNKNOWN ? "runs an unrecognised statement ("
                                + unit.get(j).operation().describe() + ")"
                                : "runs " + unit.get(j).operation().describe() + ", which " + later.work().label() + " "
                                + laterTable)));
                        break;
                    }
                }
            }
            unit.clear();
        }

        private String tables(StatementShape shape) {
            List<String> names = shape.locks().stream().map(TableLock::table).distinct().toList();
            return String.join(" and ", names);
        }

        /** Where a statement's locks sit in the result. */
        private record SlotRef(int operation, int statement) {
        }

        private final class Slot {
            private final SlotRef ref;
            private final MigrationOperation operation;

            Slot(int operationIndex, int statementIndex, MigrationOperation operation) {
                this.ref = new SlotRef(operationIndex, statementIndex);
                this.operation = operation;
            }

            MigrationOperation operation() {
                return operation;
            }

            StatementLocks get() {
                return statements.get(ref.operation()).get(ref.statement());
            }

            void set(StatementLocks value) {
                statements.get(ref.operation()).set(ref.statement(), value);
            }
        }
    }

    /** What the operation record knows beyond its SQL: the table of a dropped index, the previous type, the referenced table. */
    private static StatementShape refine(MigrationOperation operation, StatementShape shape) {
        if (operation instanceof DropIndex drop && shape.locks().isEmpty()) {
            boolean concurrently = drop.concurrently();
            return StatementShape.of(List.of(new TableLock(drop.table(), concurrently
                    ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE)), TableWork.CATALOG,
                    concurrently ? "waits for transactions that use the index" : "");
        }
        if (operation instanceof DropForeignKey drop && drop.previous() != null && shape.locks().size() == 1) {
            return StatementShape.of(List.of(shape.locks().get(0),
                    new TableLock(drop.previous().referencedTable(), LockMode.ACCESS_EXCLUSIVE)), shape.work(), shape.note());
        }
        if (operation instanceof AlterColumnType change && !shape.typeColumns().isEmpty()) {
            if (change.previousType() != null && change.using() == null
                    && BinaryCoercibleTypes.changeKeepsRows(change.previousType(), change.type())) {
                return shape.withWork(TableWork.CATALOG, change.previousType() + " -> " + change.type()
                        + " is binary-coercible: no rewrite");
            }
            String why = change.using() != null ? "a USING clause converts every row"
                    : change.previousType() == null ? UNKNOWN_OLD_TYPE
                    : change.previousType() + " -> " + change.type() + " is not binary-coercible";
            return shape.withWork(TableWork.REWRITE, why + "; the indexes are rebuilt too");
        }
        if (operation instanceof ExecuteSql && !shape.typeColumns().isEmpty()) {
            return shape.withWork(TableWork.REWRITE, UNKNOWN_OLD_TYPE + "; the indexes are rebuilt too");
        }
        return shape;
    }

    private static String text(List<SqlTokens.Token> tokens) {
        StringBuilder sql = new StringBuilder();
        for (SqlTokens.Token token : tokens) {
            if (!sql.isEmpty() && !token.isPunct(",") && !token.isPunct(")") && !token.isPunct(".")
                    && !sql.toString().endsWith("(") && !sql.toString().endsWith(".")) {
                sql.append(' ');
            }
            sql.append(token.raw());
        }
        return sql.toString();
    }

    private static String oneLine(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
