package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.DialectCapabilities;
import dev.autogen.runtime.dialect.ErrorClassifier;
import dev.autogen.runtime.dialect.HistorySql;
import dev.autogen.runtime.dialect.Identifiers;
import dev.autogen.runtime.dialect.LockAnalysis;
import dev.autogen.runtime.dialect.MigrationLock;
import dev.autogen.runtime.dialect.PlannedStatement;
import dev.autogen.runtime.dialect.ScriptFormat;
import dev.autogen.runtime.dialect.SessionControl;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddColumnExpression;
import dev.autogen.runtime.ops.AddEnumValue;
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
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CreateEnumType;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSchema;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropColumnExpression;
import dev.autogen.runtime.ops.DropEnumType;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIdentity;
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
import dev.autogen.runtime.ops.ReplaceEnumType;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.TableDef;
import dev.autogen.runtime.ops.ValidateConstraint;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers.literal;
import static dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers.quote;
import static dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers.quoteQualified;

/**
 * SQL for MariaDB 10.11, written as Hibernate 7.4's {@code MariaDBDialect} exports the same schema:
 * backtick-quoted names, {@code AUTO_INCREMENT} for identity, {@code ENGINE=InnoDB}, inline comments,
 * {@code CREATE SEQUENCE ... NOCACHE}, native {@code enum(...)} column types (a column's type like any
 * other), the primary key always named {@code PRIMARY}, a unique constraint as a unique index. Every
 * DDL statement commits on its own in MariaDB.
 *
 * <p>Decisions where MariaDB differs from PostgreSQL, each tested:
 * <ul>
 *   <li>A change of a column's type, nullability, comment or {@code AUTO_INCREMENT} is a {@code MODIFY COLUMN}
 *       that restates the whole column as the operation's {@code existing} column gives it, with the one change
 *       applied; an operation that does not carry the existing column is refused (see {@link MariaDbColumns}).
 *       A default is set and dropped with {@code ALTER COLUMN}, which needs no restating. {@code addIdentity}
 *       needs a key that starts with the column (MariaDB error 1075 otherwise), and the counter continues after
 *       the column's largest value.</li>
 *   <li>{@code dropForeignKey} drops the key and the index MariaDB made for it, which carries the key's
 *       name ({@code DROP INDEX IF EXISTS}), so the table ends as Hibernate exports it without the key;
 *       adding the key back creates that index again. An index of the key's name made by hand goes with it,
 *       and one another key still needs makes the statement fail (MariaDB error 1553).</li>
 *   <li>A check named after one of the table's columns is written on that column in {@code CREATE TABLE},
 *       as Hibernate writes a column's check and as MariaDB names it; {@code addCheck} adds a table check.</li>
 *   <li>The lock-safe forms of PostgreSQL render their plain MariaDB equivalent, which InnoDB runs online
 *       where it can: an index {@code CONCURRENTLY} is a plain {@code CREATE INDEX} (built {@code INPLACE} with
 *       {@code LOCK=NONE}), a key or check {@code NOT VALID} is added and checked at once,
 *       {@code addUniqueUsingIndex} / {@code addPrimaryKeyUsingIndex} are plain {@code ADD}s, and
 *       {@code validateConstraint} runs nothing, as every MariaDB constraint is valid from the start.
 *       {@code setNotNullViaCheck} is a plain {@code MODIFY ... NOT NULL} (after its backfill's {@code UPDATE}),
 *       which InnoDB runs in place while reads and writes go on.</li>
 *   <li>Schemas are databases: {@code CREATE SCHEMA IF NOT EXISTS}, and {@code DROP SCHEMA} only after a
 *       check that the database is empty, since MariaDB's drop would take its tables with it where
 *       PostgreSQL's refuses.</li>
 *   <li>Refused with advice: enum types (MariaDB has none), {@code renameConstraint} (MariaDB renames no
 *       constraint; unique constraints are renamed with {@code renameIndex}, keys and checks by drop and
 *       add).</li>
 * </ul>
 * Except for {@code DROP INDEX IF EXISTS}, the {@code uuid} type, sequences (with the
 * {@code EXECUTE IMMEDIATE} that restarts one) and the anonymous block of {@code DROP SCHEMA}, which are
 * MariaDB's, the statements are also MySQL 8 syntax, though MySQL names a column's check
 * {@code <table>_chk_<n>}; no test runs them there. An identity column is {@code AUTO_INCREMENT} for both
 * kinds (MariaDB has no {@code GENERATED ALWAYS}) and must lead a key, as the server requires.
 */
public final class MariaDbDialect implements SqlDialect {
    private static final DialectCapabilities CAPABILITIES = new DialectCapabilities(false, true, true, false);
    private final Map<Class<? extends MigrationOperation>, Function<MigrationOperation, List<String>>> renderers =
            new HashMap<>();

    /** Creates the dialect with a renderer or a refusal for every operation type. */
    public MariaDbDialect() {
        registerTables();
        registerColumns();
        registerConstraints();
        registerOtherObjects();
        registerRefusals();
    }

    private void registerTables() {
        register(CreateTable.class, op -> List.of(createTable(op.definition())));
        register(DropTable.class, op -> List.of("DROP TABLE " + quoteQualified(op.table())));
        register(RenameTable.class, op -> List.of("RENAME TABLE " + quoteQualified(op.table()) + " TO "
                + quoteQualified(op.newName())));
        register(AlterTableComment.class, op -> List.of(alter(op.table()) + " COMMENT = "
                + literal(op.comment() == null ? "" : op.comment())));
    }

    private void registerColumns() {
        register(AddColumn.class, this::addColumn);
        register(DropColumn.class, op -> List.of(alter(op.table()) + " DROP COLUMN " + quote(op.column())));
        register(RenameColumn.class, op -> List.of(alter(op.table()) + " RENAME COLUMN " + quote(op.column())
                + " TO " + quote(op.newName())));
        register(AlterColumnDefault.class, op -> List.of(alter(op.table()) + " ALTER COLUMN " + quote(op.column())
                + (op.defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT " + op.defaultValue())));
        register(AlterColumnType.class, op -> MariaDbColumns.type(op, whole(op, op.column(), op.existing())));
        register(AlterColumnNullability.class, op -> MariaDbColumns.nullability(op, whole(op, op.column(),
                op.existing())));
        register(AlterColumnComment.class, op -> MariaDbColumns.comment(op, whole(op, op.column(), op.existing())));
        register(SetNotNullViaCheck.class, op -> MariaDbColumns.notNull(op.table(), op.backfill(),
                whole(op, op.column(), op.existing())));
        register(AddIdentity.class, op -> List.of(MariaDbColumns.modify(op.table(),
                whole(op, op.column(), op.existing()).withIdentity(op.identity()))));
        register(DropIdentity.class, op -> List.of(MariaDbColumns.modify(op.table(),
                whole(op, op.column(), op.existing()).withIdentity(Identity.NONE))));
        register(DropColumnExpression.class, op -> {
            if (op.before() == null) {
                throw MariaDbColumns.needsWholeColumn(op, op.column());
            }
            return List.of(MariaDbColumns.modify(op.table(), op.before().generatedAs(null)));
        });
        register(AddColumnExpression.class, op -> List.of(alter(op.table()) + " DROP COLUMN "
                + quote(op.column().name()), alter(op.table()) + " ADD COLUMN " + MariaDbColumns.definition(op.column())));
    }

    private void registerConstraints() {
        register(AddPrimaryKey.class, op -> List.of(alter(op.table()) + " ADD PRIMARY KEY ("
                + columns(op.primaryKey().columns()) + ")"));
        register(AddPrimaryKeyUsingIndex.class, op -> List.of(alter(op.table()) + " ADD PRIMARY KEY ("
                + columns(op.primaryKey().columns()) + ")"));
        register(DropPrimaryKey.class, op -> List.of(alter(op.table()) + " DROP PRIMARY KEY"));
        register(AddUnique.class, op -> List.of(addUnique(op.table(), op.unique().name(), op.unique().columns())));
        register(AddUniqueUsingIndex.class, op -> List.of(addUnique(op.table(), op.unique().name(),
                op.unique().columns())));
        register(DropUnique.class, op -> List.of(alter(op.table()) + " DROP INDEX " + quote(op.name())));
        register(AddCheck.class, op -> List.of(alter(op.table()) + " ADD CONSTRAINT " + quote(op.check().name())
                + " CHECK (" + op.check().expression() + ")"));
        register(DropCheck.class, op -> List.of(alter(op.table()) + " DROP CONSTRAINT " + quote(op.name())));
        register(AddForeignKey.class, op -> List.of(alter(op.table()) + " ADD " + foreignKey(op.foreignKey())));
        register(DropForeignKey.class, op -> List.of(alter(op.table()) + " DROP FOREIGN KEY " + quote(op.name())
                + ", DROP INDEX IF EXISTS " + quote(op.name())));
        register(ValidateConstraint.class, op -> List.of());
        register(CreateIndex.class, op -> List.of(createIndex(op.table(), op.index())));
        register(DropIndex.class, op -> List.of("DROP INDEX " + quote(op.name()) + " ON " + quoteQualified(op.table())));
        register(RenameIndex.class, op -> List.of(alter(op.table()) + " RENAME INDEX " + quote(op.name()) + " TO "
                + quote(op.newName())));
    }

    private void registerOtherObjects() {
        register(CreateSequence.class, MariaDbSequences::create);
        register(DropSequence.class, op -> List.of("DROP SEQUENCE " + quoteQualified(op.name())));
        register(RenameSequence.class, op -> List.of("RENAME TABLE " + quoteQualified(op.name()) + " TO "
                + quoteQualified(op.newName())));
        register(AlterSequence.class, MariaDbSequences::alter);
        register(CreateSchema.class, op -> List.of("CREATE SCHEMA IF NOT EXISTS " + quote(op.name())));
        register(DropSchema.class, op -> List.of(emptySchemaGuard(op.name()), "DROP SCHEMA " + quote(op.name())));
        register(CreateView.class, op -> List.of("CREATE VIEW " + quoteQualified(op.view().name()) + " AS "
                + op.view().query()));
        register(ReplaceView.class, op -> List.of("CREATE OR REPLACE VIEW " + quoteQualified(op.view().name())
                + " AS " + op.view().query()));
        register(DropView.class, op -> List.of("DROP VIEW " + (op.ifExists() ? "IF EXISTS " : "")
                + quoteQualified(op.name())));
        register(ExecuteSql.class, op -> List.of(op.sql()));
    }

    private void registerRefusals() {
        String enums = " MariaDB has no enum types: an enum is the column type itself, such as enum('A','B'),"
                + " with the values sorted as Hibernate writes them. Change the column's type instead"
                + " (op.alterColumnType with the whole column).";
        register(CreateEnumType.class, op -> refuse(op, enums));
        register(DropEnumType.class, op -> refuse(op, enums));
        register(AddEnumValue.class, op -> refuse(op, enums));
        register(ReplaceEnumType.class, op -> refuse(op, enums));
        register(RenameConstraint.class, op -> refuse(op, " MariaDB cannot rename a constraint. Rename a unique"
                + " constraint with op.renameIndex(\"" + op.table() + "\", \"" + op.name() + "\", \"" + op.newName()
                + "\"); the primary key is always PRIMARY and needs none; drop a foreign key or check and add it"
                + " again under the new name."));
    }

    @Override
    public List<String> toSql(MigrationOperation operation) {
        Function<MigrationOperation, List<String>> renderer = renderers.get(operation.getClass());
        if (renderer == null) {
            throw new AutogenException(ErrorCode.INTERNAL, "The MariaDB dialect has no SQL for the operation type "
                    + operation.getClass().getSimpleName() + " (" + operation.describe() + ").");
        }
        return renderer.apply(operation);
    }

    @Override
    public LockAnalysis lockAnalysis() {
        return new MariaDbLockAnalysis(this);
    }

    /*
     * The runtime seam: migrating a MariaDB database.
     */

    /** DDL commits on its own; sequences; a schema is a database; constraints are not renamed in place. */
    @Override
    public DialectCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** The rules of {@link MariaDbIdentifiers}: backticks and 64 characters. */
    @Override
    public Identifiers identifiers() {
        return MariaDbIdentifierRules.INSTANCE;
    }

    @Override
    public HistorySql history() {
        return MariaDbHistorySql.INSTANCE;
    }

    /** Session-scoped {@code GET_LOCK} locks keyed by the table's database and name ({@link MariaDbMigrationLock}). */
    @Override
    public MigrationLock migrationLock(HistoryLocation location, String tableName, Duration timeout) {
        return new MariaDbMigrationLock(location, tableName, timeout);
    }

    /** By {@code information_schema}; an index counts when any table of its database has one of that name. */
    @Override
    public Set<String> existingObjects(Connection connection, List<String> sqlNames) throws SQLException {
        return MariaDbExistingObjects.existing(connection, sqlNames);
    }

    /** {@code jdbc:mariadb:}, MariaDB Connector/J's. */
    @Override
    public List<String> jdbcUrlPrefixes() {
        return List.of("jdbc:mariadb:");
    }

    /**
     * Every statement commits after it: MariaDB's DDL commits on its own, so each statement is a step
     * of its own, and its progress is recorded right after it.
     */
    @Override
    public List<PlannedStatement> plan(MigrationOperation operation) {
        return toSql(operation).stream()
                .map(sql -> new PlannedStatement(sql, PlannedStatement.Execution.COMMIT_AFTER)).toList();
    }

    @Override
    public String name() {
        return "mariadb";
    }

    /** MariaDB's error numbers and the advice that names its settings ({@link MariaDbErrors}). */
    @Override
    public ErrorClassifier errors() {
        return new MariaDbErrors();
    }

    /** Scripts for the {@code mariadb} command-line client, without transactions ({@link MariaDbScriptFormat}). */
    @Override
    public ScriptFormat scriptFormat() {
        return new MariaDbScriptFormat();
    }

    /** Borrowed sessions get back the settings a migration changed ({@link MariaDbSessionControl}). */
    @Override
    public SessionControl sessionControl() {
        return new MariaDbSessionControl();
    }

    /**
     * The type change restating the existing column, for a record that carries it.
     *
     * @param op       the change
     * @param existing the column as it is before the change
     */
    public List<String> alterColumnType(AlterColumnType op, ColumnDef existing) {
        return MariaDbColumns.type(op, existing);
    }

    /**
     * The nullability change restating the existing column, after an {@code UPDATE} that fills its nulls
     * when the operation has a backfill.
     *
     * @param op       the change
     * @param existing the column as it is before the change
     */
    public List<String> alterColumnNullability(AlterColumnNullability op, ColumnDef existing) {
        return MariaDbColumns.nullability(op, existing);
    }

    /**
     * The comment change restating the existing column.
     *
     * @param op       the change
     * @param existing the column as it is before the change
     */
    public List<String> alterColumnComment(AlterColumnComment op, ColumnDef existing) {
        return MariaDbColumns.comment(op, existing);
    }

    private <T extends MigrationOperation> void register(Class<T> type, Function<T, List<String>> renderer) {
        renderers.put(type, op -> renderer.apply(type.cast(op)));
    }

    private static ColumnDef whole(MigrationOperation op, String column, ColumnDef existing) {
        return MariaDbColumns.existing(op, column, existing);
    }

    private static List<String> refuse(MigrationOperation op, String why) {
        throw new AutogenException(ErrorCode.MIGRATION_FAILED, "Cannot " + op.describe() + " on MariaDB:" + why);
    }

    private static String createTable(TableDef table) {
        Map<String, CheckDef> columnChecks = new LinkedHashMap<>();
        List<CheckDef> tableChecks = new ArrayList<>();
        for (CheckDef check : table.checks()) {
            boolean namedAfterColumn = table.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(check.name()))
                    && !columnChecks.containsKey(check.name().toLowerCase(Locale.ROOT));
            if (namedAfterColumn) {
                columnChecks.put(check.name().toLowerCase(Locale.ROOT), check);
            } else {
                tableChecks.add(check);
            }
        }
        List<String> lines = new ArrayList<>();
        for (ColumnDef column : table.columns()) {
            CheckDef check = columnChecks.get(column.name().toLowerCase(Locale.ROOT));
            lines.add(MariaDbColumns.definition(column.withoutBackfill(), check == null ? null : check.expression()));
        }
        if (table.primaryKey() != null) {
            lines.add("PRIMARY KEY (" + columns(table.primaryKey().columns()) + ")");
        }
        table.uniques().forEach(u -> lines.add("CONSTRAINT " + quote(u.name()) + " UNIQUE (" + columns(u.columns()) + ")"));
        tableChecks.forEach(c -> lines.add("CONSTRAINT " + quote(c.name()) + " CHECK (" + c.expression() + ")"));
        return "CREATE TABLE " + quoteQualified(table.name()) + " (\n    " + String.join(",\n    ", lines)
                + "\n) ENGINE=InnoDB";
    }

    private List<String> addColumn(AddColumn op) {
        ColumnDef column = op.column();
        String target = alter(op.table());
        if (column.backfill() == null || column.nullable()) {
            return List.of(target + " ADD COLUMN " + MariaDbColumns.definition(column.withoutBackfill()));
        }
        if (column.backfill().strip().startsWith("(")) {
            return List.of(target + " ADD COLUMN " + MariaDbColumns.definition(column.withoutBackfill().withNullable(true)),
                    "UPDATE " + quoteQualified(op.table()) + " SET " + quote(column.name()) + " = " + column.backfill(),
                    MariaDbColumns.modify(op.table(), column));
        }
        return List.of(target + " ADD COLUMN " + MariaDbColumns.definition(column.withoutBackfill()
                        .defaultValue(column.backfill())),
                target + " ALTER COLUMN " + quote(column.name())
                        + (column.defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT " + column.defaultValue()));
    }

    private static String addUnique(String table, String name, List<String> columns) {
        return alter(table) + " ADD CONSTRAINT " + quote(name) + " UNIQUE (" + columns(columns) + ")";
    }

    private static String createIndex(String table, IndexDef index) {
        if (index.verbatim()) {
            return index.definition();
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < index.columns().size(); i++) {
            keys.add(quote(index.columns().get(i)) + (index.descending().get(i) ? " DESC" : ""));
        }
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
                + quoteQualified(table) + " (" + String.join(", ", keys) + ")";
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

    /**
     * An anonymous block that fails with SQLSTATE 45000
     * when the database holds a table, view or sequence. A script for the {@code mariadb} command-line
     * client needs a {@code DELIMITER} around it.
     */
    private static String emptySchemaGuard(String schema) {
        String message = "Database " + schema + " is not empty; drop its tables, views and sequences first.";
        return "BEGIN NOT ATOMIC IF EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                + literal(schema) + ") THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
                + literal(message.length() > 128 ? message.substring(0, 128) : message) + "; END IF; END";
    }

    private static String alter(String table) {
        return "ALTER TABLE " + quoteQualified(table);
    }

    private static String columns(List<String> names) {
        return names.stream().map(MariaDbIdentifiers::quote).collect(Collectors.joining(", "));
    }
}
