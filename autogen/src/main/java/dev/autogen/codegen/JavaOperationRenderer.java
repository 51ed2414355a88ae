package dev.autogen.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
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
import dev.autogen.runtime.ops.ForeignKeyAction;
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
import dev.autogen.runtime.ops.TableElement;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ValidateConstraint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Renders operations as Java statements on the {@code op} parameter, using the static factories
 * of {@link dev.autogen.runtime.Ddl}. Keeps track of the factories used, for the static imports.
 */
final class JavaOperationRenderer {
    private final Map<Class<? extends MigrationOperation>, Function<MigrationOperation, CodeBlock>> renderers =
            new HashMap<>();
    private final Set<String> factoriesUsed = new TreeSet<>();

    JavaOperationRenderer() {
        register(CreateTable.class, this::createTable);
        register(DropTable.class, op -> call("dropTable", CodeBlock.of("$S", op.table())));
        register(AddColumn.class, op -> call("addColumn", CodeBlock.of("$S, $L", op.table(), column(op.column()))));
        register(DropColumn.class, op -> call("dropColumn", CodeBlock.of("$S, $S", op.table(), op.column())));
        register(AddPrimaryKey.class, op -> call("addPrimaryKey",
                CodeBlock.of("$S, $L", op.table(), primaryKey(op.primaryKey()))));
        register(DropPrimaryKey.class, op -> call("dropPrimaryKey", CodeBlock.of("$S, $S", op.table(),
                PostgresIdentifiers.primaryKeyName(op.table(), op.name()))));
        register(AddUnique.class, op -> call("addUnique", CodeBlock.of("$S, $L", op.table(), unique(op.unique()))));
        register(DropUnique.class, op -> call("dropUnique", CodeBlock.of("$S, $S", op.table(), op.name())));
        register(AddCheck.class, op -> call(op.notValid() ? "addCheckNotValid" : "addCheck",
                CodeBlock.of("$S, $L", op.table(), check(op.check()))));
        register(DropCheck.class, op -> call("dropCheck", CodeBlock.of("$S, $S", op.table(), op.name())));
        register(CreateIndex.class, op -> call(op.concurrently() ? "createIndexConcurrently" : "createIndex",
                CodeBlock.of("$S, $L", op.table(), index(op.index()))));
        register(DropIndex.class, op -> call(op.concurrently() ? "dropIndexConcurrently" : "dropIndex",
                CodeBlock.of("$S, $S", op.table(), op.name())));
        register(AddForeignKey.class, op -> call(op.notValid() ? "addForeignKeyNotValid" : "addForeignKey",
                CodeBlock.of("$S, $L", op.table(), foreignKey(op.foreignKey()))));
        register(DropForeignKey.class, op -> call("dropForeignKey", CodeBlock.of("$S, $S", op.table(), op.name())));
        register(CreateSequence.class, op -> op.continueAfter() == null ? call("createSequence", sequence(op.sequence()))
                : call("createSequence", CodeBlock.of("$L, $S, $S", sequence(op.sequence()), op.continueAfter().table(),
                        op.continueAfter().column())));
        register(DropSequence.class, op -> call("dropSequence", CodeBlock.of("$S", op.name())));
        register(ExecuteSql.class, op -> call("execute", CodeBlock.of("$S", op.sql())));
        registerAlterations();
        registerLockSafeForms();
    }

    private void registerLockSafeForms() {
        register(ValidateConstraint.class, op -> call("validateConstraint",
                CodeBlock.of("$S, $S", op.table(), op.constraint())));
        register(SetNotNullViaCheck.class, op -> op.backfill() == null
                ? call("setNotNullViaCheck", target(op.table(), op.column(), op.existing()))
                : call("setNotNullViaCheck", CodeBlock.of("$L, $S", target(op.table(), op.column(), op.existing()),
                        op.backfill())));
        register(AddUniqueUsingIndex.class, op -> call("addUniqueConcurrently",
                CodeBlock.of("$S, $L", op.table(), unique(op.unique()))));
        register(AddPrimaryKeyUsingIndex.class, op -> call("addPrimaryKeyConcurrently",
                CodeBlock.of("$S, $L", op.table(), primaryKey(op.primaryKey()))));
    }

    private void registerAlterations() {
        register(AlterColumnType.class, op -> op.using() == null
                ? call("alterColumnType", CodeBlock.of("$L, $S", target(op.table(), op.column(), op.existing()), op.type()))
                : call("alterColumnType", CodeBlock.of("$L, $S, $S", target(op.table(), op.column(), op.existing()),
                        op.type(), op.using())));
        register(AlterColumnNullability.class, op -> op.nullable()
                ? call("dropNotNull", target(op.table(), op.column(), op.existing()))
                : op.backfill() == null ? call("setNotNull", target(op.table(), op.column(), op.existing()))
                : call("setNotNull", CodeBlock.of("$L, $S", target(op.table(), op.column(), op.existing()), op.backfill())));
        register(AlterColumnDefault.class, op -> op.defaultValue() == null
                ? call("dropDefault", target(op.table(), op.column(), op.existing()))
                : call("setDefault", CodeBlock.of("$L, $S", target(op.table(), op.column(), op.existing()),
                        op.defaultValue())));
        register(AddIdentity.class, op -> call("addIdentity", CodeBlock.of("$L, $T.$L",
                target(op.table(), op.column(), op.existing()), Identity.class, op.identity().name())));
        register(DropIdentity.class, op -> call("dropIdentity", target(op.table(), op.column(), op.existing())));
        register(DropColumnExpression.class, op -> call("dropExpression", CodeBlock.of("$S, $S", op.table(), op.column())));
        register(AddColumnExpression.class, op -> call("addExpression", CodeBlock.of("$S, $L", op.table(),
                column(op.column()))));
        register(AlterColumnComment.class, op -> call("setComment",
                CodeBlock.of("$L, $S", target(op.table(), op.column(), op.existing()), op.comment())));
        register(AlterTableComment.class, op -> call("setTableComment", CodeBlock.of("$S, $S", op.table(), op.comment())));
        register(RenameTable.class, op -> call("renameTable", CodeBlock.of("$S, $S", op.table(), op.newName())));
        register(RenameColumn.class, op -> call("renameColumn",
                CodeBlock.of("$S, $S, $S", op.table(), op.column(), op.newName())));
        register(RenameConstraint.class, op -> call("renameConstraint",
                CodeBlock.of("$S, $S, $S", op.table(), op.name(), op.newName())));
        register(RenameIndex.class, op -> call("renameIndex",
                CodeBlock.of("$S, $S, $S", op.table(), op.name(), op.newName())));
        register(RenameSequence.class, op -> call("renameSequence", CodeBlock.of("$S, $S", op.name(), op.newName())));
        register(AlterSequence.class, op -> call("alterSequence", sequence(op.sequence())));
        register(CreateSchema.class, op -> call("createSchema", CodeBlock.of("$S", op.name())));
        register(DropSchema.class, op -> call("dropSchema", CodeBlock.of("$S", op.name())));
        register(CreateEnumType.class, op -> op.type().varcharCasts() ? call("createEnumType", enumType(op.type()))
                : call("createEnumType", namesAndValues(op.type().name(), op.type().values())));
        register(DropEnumType.class, op -> op.previous() != null && op.previous().varcharCasts()
                ? call("dropEnumType", enumType(op.previous()))
                : call("dropEnumType", namesAndValues(op.name(), op.previous() == null ? List.of() : op.previous().values())));
        register(AddEnumValue.class, op -> op.before() != null
                ? call("addEnumValueBefore", CodeBlock.of("$S, $S, $S", op.name(), op.value(), op.before()))
                : op.after() != null
                ? call("addEnumValueAfter", CodeBlock.of("$S, $S, $S", op.name(), op.value(), op.after()))
                : call("addEnumValue", CodeBlock.of("$S, $S", op.name(), op.value())));
        register(ReplaceEnumType.class, this::replaceEnumType);
        register(CreateView.class, op -> call("createView", CodeBlock.of("$S, $S", op.view().name(), op.view().query())));
        register(DropView.class, op -> call(op.ifExists() ? "dropViewIfExists" : "dropView", CodeBlock.of("$S, $S", op.name(),
                op.previous() == null ? null : op.previous().query())));
        register(ReplaceView.class, op -> call("replaceView", CodeBlock.of("$S, $S, $S", op.view().name(),
                op.view().query(), op.previous() == null ? null : op.previous().query())));
    }

    private static CodeBlock namesAndValues(String name, List<String> values) {
        CodeBlock.Builder code = CodeBlock.builder().add("$S", name);
        values.forEach(value -> code.add(", $S", value));
        return code.build();
    }

    /** {@code enumType("name", "A", "B")}, followed by {@code .withVarcharCasts()} when the type has them. */
    private CodeBlock enumType(EnumTypeDef type) {
        return CodeBlock.of("$L($L)$L", factory("enumType"), namesAndValues(type.name(), type.values()),
                type.varcharCasts() ? ".withVarcharCasts()" : "");
    }

    private CodeBlock replaceEnumType(ReplaceEnumType op) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$L,\n", enumType(op.previous()))
                .add("$L", enumType(op.type()));
        for (EnumColumn column : op.columns()) {
            if (column.defaultValue() == null) {
                code.add(",\n$L($S, $S)", factory("enumColumn"), column.table(), column.column());
            } else {
                code.add(",\n$L($S, $S, $S)", factory("enumColumn"), column.table(), column.column(), column.defaultValue());
            }
        }
        return call("replaceEnumType", code.build());
    }

    /** The static factories of {@code Ddl} that rendered code used so far. */
    Set<String> factoriesUsed() {
        return Set.copyOf(factoriesUsed);
    }

    /** The statement, without its semicolon. */
    CodeBlock render(MigrationOperation operation) {
        Function<MigrationOperation, CodeBlock> renderer = renderers.get(operation.getClass());
        if (renderer == null) {
            throw new AutogenException(ErrorCode.INTERNAL, "No Java renderer for the operation type "
                    + operation.getClass().getSimpleName() + " (" + operation.describe() + ").");
        }
        return renderer.apply(PoetStrings.protectAll(operation));
    }

    @SuppressWarnings("unchecked")
    private <T extends MigrationOperation> void register(Class<T> type, Function<T, CodeBlock> renderer) {
        renderers.put(type, op -> renderer.apply((T) op));
    }

    private static CodeBlock call(String method, CodeBlock arguments) {
        return CodeBlock.of("op.$L($L)", method, arguments);
    }

    /**
     * The table and the changed column: its name, or, when the change carries the existing column (for a
     * dialect that restates the whole column), its definition.
     */
    private CodeBlock target(String table, String column, ColumnDef existing) {
        return existing == null ? CodeBlock.of("$S, $S", table, column) : CodeBlock.of("$S, $L", table, column(existing));
    }

    private CodeBlock createTable(CreateTable op) {
        CodeBlock.Builder code = CodeBlock.builder().add("op.createTable($S", op.definition().name());
        for (TableElement element : op.definition().elements()) {
            code.add(",\n$L", element(element));
        }
        return code.add(")").build();
    }

    private CodeBlock element(TableElement element) {
        if (element instanceof ColumnDef column) {
            return column(column);
        }
        if (element instanceof PrimaryKeyDef key) {
            return primaryKey(key);
        }
        if (element instanceof UniqueDef unique) {
            return unique(unique);
        }
        return check((CheckDef) element);
    }

    private CodeBlock column(ColumnDef column) {
        CodeBlock.Builder code = CodeBlock.builder().add("$L($S, $S)", factory("column"), column.name(), column.type());
        if (!column.nullable()) {
            code.add(".notNull()");
        }
        if (column.identity() == Identity.BY_DEFAULT) {
            code.add(".generatedByDefaultAsIdentity()");
        } else if (column.identity() == Identity.ALWAYS) {
            code.add(".generatedAlwaysAsIdentity()");
        }
        if (column.defaultValue() != null) {
            code.add(".defaultValue($S)", column.defaultValue());
        }
        if (column.isGenerated()) {
            code.add(".generatedAs($S)", column.generatedAs());
        }
        if (column.backfill() != null) {
            code.add(".backfill($S)", column.backfill());
        }
        if (column.comment() != null) {
            code.add(".comment($S)", column.comment());
        }
        return code.build();
    }

    private CodeBlock primaryKey(PrimaryKeyDef key) {
        CodeBlock code = CodeBlock.of("$L($L)", factory("primaryKey"), strings(key.columns()));
        return key.name() == null ? code : CodeBlock.of("$L.named($S)", code, key.name());
    }

    private CodeBlock unique(UniqueDef unique) {
        return CodeBlock.of("$L($S, $L)", factory("unique"), unique.name(), strings(unique.columns()));
    }

    private CodeBlock check(CheckDef check) {
        return CodeBlock.of("$L($S, $S)", factory("check"), check.name(), check.expression());
    }

    private CodeBlock index(IndexDef index) {
        CodeBlock code = CodeBlock.of("$L($S, $L)", factory(index.unique() ? "uniqueIndex" : "index"), index.name(),
                strings(index.columns()));
        List<String> descending = index.descendingColumns();
        CodeBlock ordered = descending.isEmpty() ? code : CodeBlock.of("$L.descending($L)", code, strings(descending));
        return index.verbatim() ? CodeBlock.of("$L$W.definedAs($S)", ordered, index.definition()) : ordered;
    }

    private CodeBlock foreignKey(ForeignKeyDef fk) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$L($S, $L)", factory("foreignKey"), fk.name(), strings(fk.columns()))
                .add("$W.references($S", fk.referencedTable());
        if (!fk.referencedColumns().isEmpty()) {
            code.add(", $L", strings(fk.referencedColumns()));
        }
        code.add(")");
        if (fk.onDelete() != ForeignKeyAction.NO_ACTION) {
            code.add(".onDelete($T.$L)", ForeignKeyAction.class, fk.onDelete().name());
        }
        return code.build();
    }

    private CodeBlock sequence(SequenceDef sequence) {
        CodeBlock.Builder code = CodeBlock.builder().add("$L($S)", factory("sequence"), sequence.name());
        if (sequence.start() != 1) {
            code.add(".startWith($L)", sequence.start());
        }
        if (sequence.increment() != 1) {
            code.add(".incrementBy($L)", sequence.increment());
        }
        return code.build();
    }

    private String factory(String name) {
        factoriesUsed.add(name);
        return name;
    }

    private static CodeBlock strings(List<String> values) {
        return CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
    }
}
