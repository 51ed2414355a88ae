package dev.autogen.runtime.ops;

/** One schema change. Implementations are immutable records. */
public sealed interface MigrationOperation
        permits CreateTable, DropTable, AddColumn, DropColumn, AddPrimaryKey, DropPrimaryKey,
        AddUnique, DropUnique, AddCheck, DropCheck, CreateIndex, DropIndex,
        AddForeignKey, DropForeignKey, CreateSequence, DropSequence, ExecuteSql,
        AlterColumnType, AlterColumnNullability, AlterColumnDefault, AddIdentity, DropIdentity,
        AlterColumnComment, AlterTableComment,
        RenameTable, RenameColumn, RenameConstraint, RenameIndex, RenameSequence, AlterSequence,
        CreateSchema, DropSchema,
        ValidateConstraint, SetNotNullViaCheck, AddUniqueUsingIndex, AddPrimaryKeyUsingIndex,
        CreateEnumType, DropEnumType, AddEnumValue, ReplaceEnumType,
        CreateView, DropView, ReplaceView,
        DropColumnExpression, AddColumnExpression {

    /** The operation that undoes this one. */
    MigrationOperation reverse();

    /** A one-line, human-readable summary, such as {@code add column todo.due_at timestamp(6)}. */
    String describe();

    /** The table this operation changes, or {@code null} for operations on other objects. */
    String table();
}
