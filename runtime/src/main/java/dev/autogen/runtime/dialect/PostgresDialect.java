package dev.autogen.runtime.dialect;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.history.AdvisoryLock;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddEnumValue;
import dev.autogen.runtime.ops.CreateEnumType;
import dev.autogen.runtime.ops.DropEnumType;
import dev.autogen.runtime.ops.ReplaceEnumType;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddPrimaryKeyUsingIndex;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.AlterSequence;
import dev.autogen.runtime.ops.AlterTableComment;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSchema;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.runtime.ops.DropColumnExpression;
import dev.autogen.runtime.ops.AddColumnExpression;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropSchema;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.RenameSequence;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.TableDef;
import dev.autogen.runtime.ops.ValidateConstraint;
import dev.autogen.runtime.ops.ViewDef;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.autogen.runtime.dialect.PostgresIdentifiers.quote;
import static dev.autogen.runtime.dialect.PostgresIdentifiers.quoteQualified;

/** SQL for PostgreSQL 12 and later. */
public final class PostgresDialect implements SqlDialect {
    private static final LockWaits LOCK_WAITS = new PostgresLockWaits();
    private static final DialectCapabilities CAPABILITIES = new DialectCapabilities(true, true, true, true);
    private static final ErrorClassifier ERRORS = new PostgresErrors();
    private static final ScriptFormat SCRIPT_FORMAT = new PostgresScriptFormat();
    private static final SessionControl SESSION_CONTROL = new PostgresSessionControl();
    private final Map<Class<? extends MigrationOperation>, Function<MigrationOperation, List<PlannedStatement>>> planners =
            new HashMap<>();

    /** Creates the dialect with a renderer for every operation type. */
    public PostgresDialect() {
        register(CreateTable.class, this::createTable);
        register(DropTable.class, op -> List.of("DROP TABLE " + quoteQualified(op.table())));
        register(AddColumn.class, this::addColumn);
        register(DropColumn.class, op -> List.of(alter(op.table()) + " DROP COLUMN " + quote(op.column())));
        register(AddPrimaryKey.class, op -> List.of(alter(op.table()) + " ADD "
                + constraintPrefix(op.primaryKey().name()) + "PRIMARY KEY (" + columns(op.primaryKey().columns()) + ")"));
        register(DropPrimaryKey.class, op -> List.of(alter(op.table()) + " DROP CONSTRAINT "
                + quote(PostgresIdentifiers.primaryKeyName(op.table(), op.name()))));
        register(AddUnique.class, op -> List.of(alter(op.table()) + " ADD CONSTRAINT " + quote(op.unique().name())
                + " UNIQUE (" + columns(op.unique().columns()) + ")"));
        register(DropUnique.class, op -> List.of(dropConstraint(op.table(), op.name())));
        register(DropCheck.class, op -> List.of(dropConstraint(op.table(), op.name())));
        register(DropForeignKey.class, op -> List.of(dropConstraint(op.table(), op.name())));
        register(CreateSequence.class, PostgresAlterStatements::createSequence);
        register(DropSequence.class, op -> List.of("DROP SEQUENCE " + quoteQualified(op.name())));
        register(ExecuteSql.class, op -> List.of(op.sql()));
        registerAlterations();
        registerLockSafeForms();
    }

    private void registerLockSafeForms() {
        registerPlanned(CreateIndex.class, op -> List.of(op.concurrently()
                ? outside(createIndex(op.table(), op.index(), true))
                : PlannedStatement.inTransaction(createIndex(op.table(), op.index(), false))));
        registerPlanned(DropIndex.class, op -> List.of(op.concurrently()
                ? outside("DROP INDEX CONCURRENTLY " + PostgresAlterStatements.inSchemaOf(op.table(), op.name()))
                : PlannedStatement.inTransaction("DROP INDEX " + PostgresAlterStatements.inSchemaOf(op.table(), op.name()))));
        registerPlanned(AddForeignKey.class, op -> List.of(maybeNotValid(
                alter(op.table()) + " ADD " + foreignKey(op.foreignKey()), op.notValid())));
        registerPlanned(AddCheck.class, op -> List.of(maybeNotValid(alter(op.table()) + " ADD CONSTRAINT "
                + quote(op.check().name()) + " CHECK (" + op.check().expression() + ")", op.notValid())));
        registerPlanned(ValidateConstraint.class, op -> List.of(ownTransaction(alter(op.table()) + " VALIDATE CONSTRAINT "
                + quote(op.constraint()))));
        registerPlanned(SetNotNullViaCheck.class, PostgresDialect::setNotNullViaCheck);
        registerPlanned(AddUniqueUsingIndex.class, op -> usingIndex(op.table(), op.unique().name(),
                op.unique().columns(), "UNIQUE"));
        registerPlanned(AddPrimaryKeyUsingIndex.class, op -> usingIndex(op.table(),
                PostgresIdentifiers.primaryKeyName(op.table(), op.primaryKey().name()), op.primaryKey().columns(),
                "PRIMARY KEY"));
    }

    private void registerAlterations() {
        register(AlterColumnType.class, PostgresAlterStatements::type);
        register(AlterColumnNullability.class, PostgresAlterStatements::nullability);
        register(AlterColumnDefault.class, PostgresAlterStatements::defaultValue);
        register(AddIdentity.class, PostgresAlterStatements::addIdentity);
        register(DropIdentity.class, op -> List.of(alter(op.table()) + " ALTER COLUMN " + quote(op.column())
                + " DROP IDENTITY"));
        register(AlterColumnComment.class, PostgresAlterStatements::comment);
        register(DropColumnExpression.class, op -> List.of(alter(op.table()) + " ALTER COLUMN " + quote(op.column())
                + " DROP EXPRESSION"));
        register(AddColumnExpression.class, op -> {
            List<String> statements = new ArrayList<>();
            statements.add(alter(op.table()) + " DROP COLUMN " + quote(op.column().name()));
            statements.addAll(addColumn(new AddColumn(op.table(), op.column())));
            return statements;
        });
        register(AlterTableComment.class, PostgresAlterStatements::tableComment);
        register(RenameTable.class, PostgresAlterStatements::renameTable);
        register(RenameColumn.class, op -> List.of(alter(op.table()) + " RENAME COLUMN " + quote(op.column())
                + " TO " + quote(op.newName())));
        register(RenameConstraint.class, op -> List.of(alter(op.table()) + " RENAME CONSTRAINT " + quote(op.name())
                + " TO " + quote(op.newName())));
        register(RenameIndex.class, op -> List.of("ALTER INDEX "
                + PostgresAlterStatements.inSchemaOf(op.table(), op.name()) + " RENAME TO " + quote(op.newName())));
        register(RenameSequence.class, op -> List.of("ALTER SEQUENCE " + quoteQualified(op.name()) + " RENAME TO "
                + quote(PostgresIdentifiers.nameOf(op.newName()))));
        register(AlterSequence.class, PostgresAlterStatements::alterSequence);
        register(CreateSchema.class, op -> List.of("CREATE SCHEMA IF NOT EXISTS " + quote(op.name())));
        register(DropSchema.class, op -> List.of("DROP SCHEMA " + quote(op.name())));
        register(CreateEnumType.class, op -> PostgresEnumStatements.create(op.type()));
        register(DropEnumType.class, op -> PostgresEnumStatements.drop(op.name(), op.previous()));
        registerPlanned(AddEnumValue.class, PostgresEnumStatements::addValue);
        register(ReplaceEnumType.class, PostgresEnumStatements::replace);
        register(CreateView.class, op -> List.of(createView(op.view())));
        register(DropView.class, op -> List.of("DROP VIEW " + (op.ifExists() ? "IF EXISTS " : "")
                + quoteQualified(op.name())));
        register(ReplaceView.class, op -> List.of("DROP VIEW " + quoteQualified(op.view().name()),
                createView(op.view())));
    }

    private static String createView(ViewDef view) {
        return "CREATE VIEW " + quoteQualified(view.name()) + " AS " + view.query();
    }

    @Override
    public LockAnalysis lockAnalysis() {
        return new PostgresLockAnalysis(this);
    }

    @Override
    public String name() {
        return "postgresql";
    }

    /** {@code SET search_path TO} the schema alone. */
    @Override
    public String useSchema(String schema) {
        return "SET search_path TO " + quote(schema);
    }

    /** {@code RESET search_path}, back to the role's or server's setting. */
    @Override
    public String resetSchema() {
        return "RESET search_path";
    }

    @Override
    public LockWaits lockWaits() {
        return LOCK_WAITS;
    }

    /** Everything: DDL is transactional, and sequences, schemas and renaming constraints exist. */
    @Override
    public DialectCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** The rules of {@link PostgresIdentifiers}. */
    @Override
    public Identifiers identifiers() {
        return PostgresIdentifierRules.INSTANCE;
    }

    @Override
    public HistorySql history() {
        return PostgresHistorySql.INSTANCE;
    }

    /** Transaction-scoped advisory locks keyed by the table's location ({@link AdvisoryLock}). */
    @Override
    public MigrationLock migrationLock(HistoryLocation location, String tableName, Duration timeout) {
        return new AdvisoryLock(location, tableName, timeout);
    }

    /** Found in one query of {@code to_regclass}; an INVALID index does not count. */
    @Override
    public Set<String> existingObjects(Connection connection, List<String> sqlNames) throws SQLException {
        return PostgresExistingObjects.existing(connection, sqlNames);
    }

    /** {@code postgres} and {@code pgsql}. */
    @Override
    public List<String> aliases() {
        return List.of("postgres", "pgsql");
    }

    /** {@code jdbc:postgresql:}, the PostgreSQL JDBC driver's. */
    @Override
    public List<String> jdbcUrlPrefixes() {
        return List.of("jdbc:postgresql:");
    }

    /** Refuses a user in front of the host ({@code user@host}), which the driver reads as part of the host name. */
    @Override
    public void requireUsableUrl(String url) {
        PostgresUrls.requireUsable(url);
    }

    /** PostgreSQL's SQL states and the advice that names its settings and catalog views. */
    @Override
    public ErrorClassifier errors() {
        return ERRORS;
    }

    /** Scripts for psql, with {@code BEGIN … COMMIT} and escape strings for hidden characters. */
    @Override
    public ScriptFormat scriptFormat() {
        return SCRIPT_FORMAT;
    }

    /** Session settings from {@code pg_settings}, the role and session user, and pgJDBC's {@code prepareThreshold}. */
    @Override
    public SessionControl sessionControl() {
        return SESSION_CONTROL;
    }

    @Override
    public List<String> toSql(MigrationOperation operation) {
        return plan(operation).stream().map(PlannedStatement::sql).toList();
    }

    /**
     * The statements with how each runs. The plain forms run in the migration's transaction; the
     * lock-safe forms commit after each step that holds a lock others wait for, and run
     * {@code CONCURRENTLY} statements outside a transaction.
     */
    @Override
    public List<PlannedStatement> plan(MigrationOperation operation) {
        Function<MigrationOperation, List<PlannedStatement>> planner = planners.get(operation.getClass());
        if (planner == null) {
            throw new AutogenException(ErrorCode.INTERNAL, "The PostgreSQL dialect has no SQL for the operation type "
                    + operation.getClass().getSimpleName() + " (" + operation.describe() + ").");
        }
        return planner.apply(operation);
    }

    private <T extends MigrationOperation> void register(Class<T> type, Function<T, List<String>> renderer) {
        registerPlanned(type, op -> renderer.apply(op).stream().map(PlannedStatement::inTransaction).toList());
    }

    @SuppressWarnings("unchecked")
    private <T extends MigrationOperation> void registerPlanned(Class<T> type, Function<T, List<PlannedStatement>> planner) {
        planners.put(type, op -> planner.apply((T) op));
    }

    private static List<PlannedStatement> setNotNullViaCheck(SetNotNullViaCheck op) {
        String helperName = PostgresIdentifiers.notNullCheckName(op.table(), op.column());
        String helper = quote(helperName);
        String column = quote(op.column());
        List<PlannedStatement> statements = new ArrayList<>();
        statements.add(commitAfter(alter(op.table()) + " ADD CONSTRAINT " + helper + " CHECK (" + column
                + " IS NOT NULL) NOT VALID"));
        if (op.backfill() != null) {
            statements.add(ownTransaction("UPDATE " + quoteQualified(op.table()) + " SET " + column + " = " + op.backfill()
                    + " WHERE " + column + " IS NULL"));
        }
        statements.add(ownTransaction(alter(op.table()) + " VALIDATE CONSTRAINT " + helper));
        statements.add(PlannedStatement.inTransaction(alter(op.table()) + " ALTER COLUMN " + column + " SET NOT NULL"));
        statements.add(commitAfter(dropConstraint(op.table(), helperName)));
        return statements;
    }

    private static List<PlannedStatement> usingIndex(String table, String name, List<String> columns, String kind) {
        return List.of(outside("CREATE UNIQUE INDEX CONCURRENTLY " + quote(name) + " ON " + quoteQualified(table)
                        + " (" + columns(columns) + ")"),
                commitAfter(alter(table) + " ADD CONSTRAINT " + quote(name) + " " + kind + " USING INDEX " + quote(name)));
    }

    private static String createIndex(String table, IndexDef index, boolean concurrently) {
        if (index.verbatim()) {
            return concurrently ? index.definition().replaceFirst("(?i)^(\\s*CREATE\\s+(UNIQUE\\s+)?INDEX\\s+)",
                    "$1CONCURRENTLY ") : index.definition();
        }
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
                + quote(index.name()) + " ON " + quoteQualified(table) + " (" + indexColumns(index) + ")";
    }

    private static PlannedStatement maybeNotValid(String sql, boolean notValid) {
        return notValid ? commitAfter(sql + " NOT VALID") : PlannedStatement.inTransaction(sql);
    }

    private static PlannedStatement commitAfter(String sql) {
        return new PlannedStatement(sql, PlannedStatement.Execution.COMMIT_AFTER);
    }

    private static PlannedStatement ownTransaction(String sql) {
        return new PlannedStatement(sql, PlannedStatement.Execution.OWN_TRANSACTION);
    }

    private static PlannedStatement outside(String sql) {
        return new PlannedStatement(sql, PlannedStatement.Execution.OUTSIDE_TRANSACTION);
    }

    private List<String> createTable(CreateTable op) {
        TableDef table = op.definition();
        List<String> lines = new ArrayList<>();
        for (ColumnDef column : table.columns()) {
            lines.add(columnDefinition(column));
        }
        if (table.primaryKey() != null) {
            lines.add(constraintPrefix(table.primaryKey().name()) + "PRIMARY KEY (" + columns(table.primaryKey().columns()) + ")");
        }
        table.uniques().forEach(u -> lines.add("CONSTRAINT " + quote(u.name()) + " UNIQUE (" + columns(u.columns()) + ")"));
        table.checks().forEach(c -> lines.add("CONSTRAINT " + quote(c.name()) + " CHECK (" + c.expression() + ")"));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + quoteQualified(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)");
        for (ColumnDef column : table.columns()) {
            if (column.comment() != null) {
                statements.add(comment(table.name(), column));
            }
        }
        return statements;
    }

    private List<String> addColumn(AddColumn op) {
        ColumnDef column = op.column();
        List<String> statements = new ArrayList<>();
        String target = alter(op.table());
        String name = quote(column.name());
        if (column.backfill() == null || column.nullable()) {
            statements.add(target + " ADD COLUMN " + columnDefinition(column.withoutBackfill()));
        } else if (column.backfill().strip().startsWith("(")) {
            statements.add(target + " ADD COLUMN " + columnDefinition(column.withoutBackfill().withNullable(true)));
            statements.add("UPDATE " + quoteQualified(op.table()) + " SET " + name + " = " + column.backfill());
            statements.add(target + " ALTER COLUMN " + name + " SET NOT NULL");
        } else {
            statements.add(target + " ADD COLUMN "
                    + columnDefinition(column.withoutBackfill().defaultValue(column.backfill())));
            statements.add(target + " ALTER COLUMN " + name
                    + (column.defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT " + column.defaultValue()));
        }
        if (column.comment() != null) {
            statements.add(comment(op.table(), column));
        }
        return statements;
    }

    private static String columnDefinition(ColumnDef column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
        if (column.identity() == Identity.BY_DEFAULT) {
            sql.append(" GENERATED BY DEFAULT AS IDENTITY");
        } else if (column.identity() == Identity.ALWAYS) {
            sql.append(" GENERATED ALWAYS AS IDENTITY");
        }
        if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(column.defaultValue());
        }
        if (column.isGenerated()) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedAs()).append(") STORED");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    private static String comment(String table, ColumnDef column) {
        return PostgresAlterStatements.comment(new AlterColumnComment(table, column.name(), column.comment(), null)).get(0);
    }

    private static String foreignKey(ForeignKeyDef fk) {
        String sql = "CONSTRAINT " + quote(fk.name()) + " FOREIGN KEY (" + columns(fk.columns()) + ") REFERENCES "
                + quoteQualified(fk.referencedTable());
        if (!fk.referencedColumns().isEmpty()) {
            sql += " (" + columns(fk.referencedColumns()) + ")";
        }
        if (fk.onDelete() != ForeignKeyAction.NO_ACTION) {
            sql += " ON DELETE " + fk.onDelete().sql();
        }
        return sql;
    }

    private static String constraintPrefix(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    private static String alter(String table) {
        return "ALTER TABLE " + quoteQualified(table);
    }

    private static String dropConstraint(String table, String name) {
        return alter(table) + " DROP CONSTRAINT " + quote(name);
    }

    private static String indexColumns(IndexDef index) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < index.columns().size(); i++) {
            columns.add(quote(index.columns().get(i)) + (index.descending().get(i) ? " DESC" : ""));
        }
        return String.join(", ", columns);
    }

    private static String columns(List<String> names) {
        return names.stream().map(PostgresIdentifiers::quote).collect(Collectors.joining(", "));
    }
}
