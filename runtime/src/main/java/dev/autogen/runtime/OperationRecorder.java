package dev.autogen.runtime;

import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddEnumValue;
import dev.autogen.runtime.ops.CreateEnumType;
import dev.autogen.runtime.ops.DropEnumType;
import dev.autogen.runtime.ops.EnumColumn;
import dev.autogen.runtime.ops.EnumTypeDef;
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
import dev.autogen.runtime.ops.CheckDef;
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
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.RenameSequence;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.TableDef;
import dev.autogen.runtime.ops.TableElement;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ValidateConstraint;
import dev.autogen.runtime.ops.ViewDef;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The {@link Operations} implementation that records what a migration asks for, in order. */
public final class OperationRecorder implements Operations {
    private final List<MigrationOperation> operations = new ArrayList<>();

    /** The operations recorded so far, in call order. */
    public List<MigrationOperation> operations() {
        return List.copyOf(operations);
    }

    /** Records the upgrade of a migration. */
    public static List<MigrationOperation> upgradeOf(Migration migration) {
        OperationRecorder recorder = new OperationRecorder();
        migration.upgrade(recorder);
        return recorder.operations();
    }

    /** Records the downgrade of a migration. */
    public static List<MigrationOperation> downgradeOf(Migration migration) {
        OperationRecorder recorder = new OperationRecorder();
        migration.downgrade(recorder);
        return recorder.operations();
    }

    @Override
    public void createTable(String table, TableElement... elements) {
        add(new CreateTable(TableDef.of(table, elements)));
    }

    @Override
    public void dropTable(String table) {
        add(new DropTable(table, null));
    }

    @Override
    public void addColumn(String table, ColumnDef column) {
        add(new AddColumn(table, column));
    }

    @Override
    public void dropColumn(String table, String column) {
        add(new DropColumn(table, column, null));
    }

    @Override
    public void addPrimaryKey(String table, PrimaryKeyDef primaryKey) {
        add(new AddPrimaryKey(table, primaryKey));
    }

    @Override
    public void dropPrimaryKey(String table, String constraintName) {
        add(new DropPrimaryKey(table, constraintName, null));
    }

    @Override
    public void addUnique(String table, UniqueDef unique) {
        add(new AddUnique(table, unique));
    }

    @Override
    public void dropUnique(String table, String constraintName) {
        add(new DropUnique(table, constraintName, null));
    }

    @Override
    public void addCheck(String table, CheckDef check) {
        add(new AddCheck(table, check));
    }

    @Override
    public void dropCheck(String table, String constraintName) {
        add(new DropCheck(table, constraintName, null));
    }

    @Override
    public void createIndex(String table, IndexDef index) {
        add(new CreateIndex(table, index));
    }

    @Override
    public void dropIndex(String table, String indexName) {
        add(new DropIndex(table, indexName, null));
    }

    @Override
    public void addForeignKey(String table, ForeignKeyDef foreignKey) {
        add(new AddForeignKey(table, foreignKey));
    }

    @Override
    public void dropForeignKey(String table, String constraintName) {
        add(new DropForeignKey(table, constraintName, null));
    }

    @Override
    public void createIndexConcurrently(String table, IndexDef index) {
        add(new CreateIndex(table, index, true));
    }

    @Override
    public void dropIndexConcurrently(String table, String indexName) {
        add(new DropIndex(table, indexName, null, true));
    }

    @Override
    public void addForeignKeyNotValid(String table, ForeignKeyDef foreignKey) {
        add(new AddForeignKey(table, foreignKey, true));
    }

    @Override
    public void addCheckNotValid(String table, CheckDef check) {
        add(new AddCheck(table, check, true));
    }

    @Override
    public void validateConstraint(String table, String constraintName) {
        add(new ValidateConstraint(table, constraintName));
    }

    @Override
    public void setNotNullViaCheck(String table, String column) {
        add(new SetNotNullViaCheck(table, column, null));
    }

    @Override
    public void setNotNullViaCheck(String table, String column, String backfill) {
        add(new SetNotNullViaCheck(table, column, Objects.requireNonNull(backfill, "backfill")));
    }

    @Override
    public void setNotNullViaCheck(String table, ColumnDef existing) {
        add(new SetNotNullViaCheck(table, existing.name(), null, existing));
    }

    @Override
    public void setNotNullViaCheck(String table, ColumnDef existing, String backfill) {
        add(new SetNotNullViaCheck(table, existing.name(), Objects.requireNonNull(backfill, "backfill"), existing));
    }

    @Override
    public void addUniqueConcurrently(String table, UniqueDef unique) {
        add(new AddUniqueUsingIndex(table, unique));
    }

    @Override
    public void addPrimaryKeyConcurrently(String table, PrimaryKeyDef primaryKey) {
        add(new AddPrimaryKeyUsingIndex(table, primaryKey));
    }

    @Override
    public void createSequence(SequenceDef sequence) {
        add(new CreateSequence(sequence));
    }

    @Override
    public void dropSequence(String sequence) {
        add(new DropSequence(sequence, null));
    }

    @Override
    public void alterColumnType(String table, String column, String type) {
        add(new AlterColumnType(table, column, type, null, null, null));
    }

    @Override
    public void alterColumnType(String table, String column, String type, String using) {
        add(new AlterColumnType(table, column, type, null, using, null));
    }

    @Override
    public void alterColumnType(String table, ColumnDef existing, String type) {
        add(new AlterColumnType(table, existing.name(), type, existing.type(), null, null, existing));
    }

    @Override
    public void alterColumnType(String table, ColumnDef existing, String type, String using) {
        add(new AlterColumnType(table, existing.name(), type, existing.type(), using, null, existing));
    }

    @Override
    public void setNotNull(String table, String column) {
        add(new AlterColumnNullability(table, column, false, null));
    }

    @Override
    public void setNotNull(String table, String column, String backfill) {
        add(new AlterColumnNullability(table, column, false, backfill));
    }

    @Override
    public void dropNotNull(String table, String column) {
        add(new AlterColumnNullability(table, column, true, null));
    }

    @Override
    public void setDefault(String table, String column, String expression) {
        add(new AlterColumnDefault(table, column, Objects.requireNonNull(expression, "expression"), null));
    }

    @Override
    public void dropDefault(String table, String column) {
        add(new AlterColumnDefault(table, column, null, null));
    }

    @Override
    public void setNotNull(String table, ColumnDef existing) {
        add(new AlterColumnNullability(table, existing.name(), false, null, existing));
    }

    @Override
    public void setNotNull(String table, ColumnDef existing, String backfill) {
        add(new AlterColumnNullability(table, existing.name(), false, backfill, existing));
    }

    @Override
    public void dropNotNull(String table, ColumnDef existing) {
        add(new AlterColumnNullability(table, existing.name(), true, null, existing));
    }

    @Override
    public void setDefault(String table, ColumnDef existing, String expression) {
        add(new AlterColumnDefault(table, existing.name(), Objects.requireNonNull(expression, "expression"),
                existing.defaultValue(), existing));
    }

    @Override
    public void dropDefault(String table, ColumnDef existing) {
        add(new AlterColumnDefault(table, existing.name(), null, existing.defaultValue(), existing));
    }

    @Override
    public void addIdentity(String table, String column, Identity identity) {
        add(new AddIdentity(table, column, identity));
    }

    @Override
    public void dropIdentity(String table, String column) {
        add(new DropIdentity(table, column, null));
    }

    @Override
    public void addIdentity(String table, ColumnDef existing, Identity identity) {
        add(new AddIdentity(table, existing.name(), identity, existing));
    }

    @Override
    public void dropIdentity(String table, ColumnDef existing) {
        add(new DropIdentity(table, existing.name(), existing.isIdentity() ? existing.identity() : null, existing));
    }

    @Override
    public void dropExpression(String table, String column) {
        add(new DropColumnExpression(table, column, null));
    }

    @Override
    public void dropExpression(String table, ColumnDef existing) {
        add(new DropColumnExpression(table, existing.name(), existing.withoutBackfill()));
    }

    @Override
    public void addExpression(String table, ColumnDef column) {
        add(new AddColumnExpression(table, column));
    }

    @Override
    public void setComment(String table, String column, String comment) {
        add(new AlterColumnComment(table, column, comment, null));
    }

    @Override
    public void setComment(String table, ColumnDef existing, String comment) {
        add(new AlterColumnComment(table, existing.name(), comment, existing.comment(), existing));
    }

    @Override
    public void setTableComment(String table, String comment) {
        add(new AlterTableComment(table, comment, null));
    }

    @Override
    public void renameTable(String table, String newName) {
        add(new RenameTable(table, newName));
    }

    @Override
    public void renameColumn(String table, String column, String newName) {
        add(new RenameColumn(table, column, newName));
    }

    @Override
    public void renameConstraint(String table, String constraintName, String newName) {
        add(new RenameConstraint(table, constraintName, newName));
    }

    @Override
    public void renameIndex(String table, String indexName, String newName) {
        add(new RenameIndex(table, indexName, newName));
    }

    @Override
    public void renameSequence(String sequence, String newName) {
        add(new RenameSequence(sequence, newName));
    }

    @Override
    public void alterSequence(SequenceDef sequence) {
        add(new AlterSequence(sequence, null));
    }

    @Override
    public void createSchema(String schema) {
        add(new CreateSchema(schema));
    }

    @Override
    public void dropSchema(String schema) {
        add(new DropSchema(schema));
    }

    @Override
    public void createEnumType(String name, String... values) {
        add(new CreateEnumType(new EnumTypeDef(name, List.of(values))));
    }

    @Override
    public void dropEnumType(String name, String... values) {
        add(new DropEnumType(name, values.length == 0 ? null : new EnumTypeDef(name, List.of(values))));
    }

    @Override
    public void createEnumType(EnumTypeDef type) {
        add(new CreateEnumType(type));
    }

    @Override
    public void dropEnumType(EnumTypeDef type) {
        add(new DropEnumType(type.name(), type));
    }

    @Override
    public void addEnumValue(String name, String value) {
        add(new AddEnumValue(name, value, null, null, null, List.of()));
    }

    @Override
    public void addEnumValueBefore(String name, String value, String before) {
        add(new AddEnumValue(name, value, before, null, null, List.of()));
    }

    @Override
    public void addEnumValueAfter(String name, String value, String after) {
        add(new AddEnumValue(name, value, null, after, null, List.of()));
    }

    @Override
    public void replaceEnumType(EnumTypeDef previous, EnumTypeDef type, EnumColumn... columns) {
        add(new ReplaceEnumType(previous, type, List.of(columns)));
    }

    @Override
    public void execute(String sql) {
        add(new ExecuteSql(sql, null));
    }

    @Override
    public void createView(String view, String query) {
        add(new CreateView(new ViewDef(view, query)));
    }

    @Override
    public void dropView(String view, String previousQuery) {
        add(new DropView(view, previousQuery == null ? null : new ViewDef(view, previousQuery)));
    }

    @Override
    public void dropViewIfExists(String view, String previousQuery) {
        add(new DropView(view, previousQuery == null ? null : new ViewDef(view, previousQuery), true));
    }

    @Override
    public void replaceView(String view, String query, String previousQuery) {
        add(new ReplaceView(new ViewDef(view, query), previousQuery == null ? null : new ViewDef(view, previousQuery)));
    }

    @Override
    public void add(MigrationOperation operation) {
        operations.add(Objects.requireNonNull(operation, "operation"));
    }
}
