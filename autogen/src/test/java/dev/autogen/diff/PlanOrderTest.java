package dev.autogen.diff;

import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.AlterSequence;
import dev.autogen.runtime.ops.CreateSchema;
import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.runtime.ops.DropSchema;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.RenameSequence;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddEnumValue;
import dev.autogen.runtime.ops.CreateEnumType;
import dev.autogen.runtime.ops.DropEnumType;
import dev.autogen.runtime.ops.ReplaceEnumType;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropColumnExpression;
import dev.autogen.runtime.ops.AddColumnExpression;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.AddPrimaryKeyUsingIndex;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.ValidateConstraint;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.autogen.diff.Scenarios.list;
import static dev.autogen.diff.TableBuilder.schema;
import static dev.autogen.diff.TableBuilder.table;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.foreignKey;
import static dev.autogen.runtime.Ddl.index;
import static dev.autogen.runtime.Ddl.primaryKey;
import static dev.autogen.runtime.Ddl.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Operations come in dependency order: drops before creates, foreign keys dropped first and added last. */
class PlanOrderTest {
    private static final List<Class<?>> ALTERATIONS = List.of(AlterColumnType.class, AlterColumnNullability.class,
            SetNotNullViaCheck.class, AlterColumnDefault.class, AddIdentity.class, DropIdentity.class, AlterColumnComment.class);
    private static final List<Class<?>> DROPPED_CONSTRAINTS = List.of(DropPrimaryKey.class, DropUnique.class,
            DropCheck.class, DropIndex.class);
    private static final List<Class<?>> ADDED_CONSTRAINTS = List.of(AddPrimaryKey.class, AddUnique.class,
            AddCheck.class, CreateIndex.class, AddPrimaryKeyUsingIndex.class, AddUniqueUsingIndex.class);
    private static final List<Class<?>> RENAMES = List.of(RenameTable.class, RenameColumn.class, RenameSequence.class);
    private static final List<Class<?>> CONSTRAINT_RENAMES = List.of(RenameConstraint.class, RenameIndex.class);

    /**
     * Stands for a generated column dropped or added: dropped before the columns it reads are dropped
     * or retyped, added after they are added or retyped.
     */
    private enum Generated { DROP, ADD }

    /** The rank of each operation type in a well-ordered upgrade. */
    private static final Map<Object, Integer> RANK = ranks(
            List.of(CreateSchema.class), List.of(DropView.class), RENAMES, List.of(DropForeignKey.class),
            concat(DROPPED_CONSTRAINTS, DropColumnExpression.class),
            CONSTRAINT_RENAMES, List.of(DropColumn.class, Generated.DROP), List.of(DropTable.class), List.of(DropSequence.class),
            List.of(CreateEnumType.class, AddEnumValue.class, ReplaceEnumType.class),
            List.of(CreateSequence.class, AlterSequence.class), List.of(CreateTable.class), List.of(AddColumn.class),
            ALTERATIONS, List.of(Generated.ADD, AddColumnExpression.class), ADDED_CONSTRAINTS,
            List.of(AddForeignKey.class), List.of(DropEnumType.class), List.of(CreateView.class, ReplaceView.class),
            List.of(DropSchema.class));

    /** The rank of each operation type in a well-ordered downgrade: the upgrade's phases mirrored. */
    private static final Map<Object, Integer> DOWNGRADE_RANK = ranks(
            List.of(CreateSchema.class), List.of(DropView.class, ReplaceView.class), List.of(CreateEnumType.class),
            List.of(DropForeignKey.class), DROPPED_CONSTRAINTS,
            List.of(Generated.DROP, DropColumnExpression.class), ALTERATIONS,
            List.of(DropColumn.class), List.of(DropTable.class), List.of(DropSequence.class, AlterSequence.class),
            List.of(DropEnumType.class, ReplaceEnumType.class), List.of(CreateSequence.class), List.of(CreateTable.class),
            List.of(AddColumn.class, Generated.ADD), CONSTRAINT_RENAMES, concat(ADDED_CONSTRAINTS, AddColumnExpression.class),
            List.of(AddForeignKey.class), RENAMES, List.of(CreateView.class), List.of(DropSchema.class));

    private static List<Object> concat(List<Class<?>> group, Object more) {
        List<Object> all = new java.util.ArrayList<>(group);
        all.add(more);
        return all;
    }

    /** What ranks an operation: its type, or whether it drops or adds a generated column. */
    private static Object rankKey(MigrationOperation op) {
        if (op instanceof DropColumn drop && drop.previous() != null && drop.previous().isGenerated()) {
            return Generated.DROP;
        }
        if (op instanceof AddColumn add && add.column().isGenerated()) {
            return Generated.ADD;
        }
        return op.getClass();
    }

    @SafeVarargs
    private static Map<Object, Integer> ranks(List<?>... groups) {
        Map<Object, Integer> ranks = new HashMap<>();
        for (int i = 0; i < groups.length; i++) {
            for (Object type : groups[i]) {
                ranks.put(type, i);
            }
        }
        return ranks;
    }

    static Stream<Scenarios.Scenario> scenarios() {
        return Scenarios.all().values().stream();
    }

    /** Checks the order of the operations; a validation belongs to the constraint just before it. */
    private static void assertWellOrdered(String what, List<MigrationOperation> all) {
        List<MigrationOperation> ops = all.stream().filter(op -> !(op instanceof ValidateConstraint)).toList();
        Map<Object, Integer> rank = what.equals("upgrade") ? RANK : DOWNGRADE_RANK;
        for (int i = 1; i < ops.size(); i++) {
            int previous = rank.get(rankKey(ops.get(i - 1)));
            int next = rank.get(rankKey(ops.get(i)));
            int at = i;
            assertTrue(previous <= next, () -> what + ": " + ops.get(at - 1).describe() + " must not come before "
                    + ops.get(at).describe() + " in " + ops.stream().map(MigrationOperation::describe).toList());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.autogen.diff.DowngradeTest#scenariosInBothForms")
    void upgradeIsInPhaseOrder(Scenarios.Scenario scenario, DdlForm form) {
        assertWellOrdered("upgrade", scenario.plan(form).operations());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.autogen.diff.DowngradeTest#scenariosInBothForms")
    void downgradeIsInPhaseOrderToo(Scenarios.Scenario scenario, DdlForm form) {
        assertWellOrdered("downgrade", scenario.plan(form).downgrade().stream().map(Change::operation).toList());
    }

    @Test
    void mixedChangesComeInPhaseOrder() {
        List<String> ops = Scenarios.get("mixed").plan(DdlForm.PLAIN).operations().stream().map(PlanOrderTest::brief).toList();

        assertEquals(List.of(
                "DropForeignKey old fk_old_todo",
                "DropForeignKey todo fk_todo_list",
                "DropCheck todo todo_status_check",
                "DropColumn todo status",
                "DropTable old",
                "DropSequence list_seq",
                "CreateSequence note_seq",
                "CreateTable note",
                "AddColumn todo note_id",
                "CreateIndex note idx_note_list",
                "AddForeignKey note fk_note_list",
                "AddForeignKey todo fk_todo_note"), ops);
    }

    /** The operation type, table and object name. */
    static String brief(MigrationOperation op) {
        String type = op.getClass().getSimpleName();
        String name;
        if (op instanceof DropForeignKey o) {
            name = o.table() + " " + o.name();
        } else if (op instanceof AddForeignKey o) {
            name = o.table() + " " + o.foreignKey().name();
        } else if (op instanceof DropCheck o) {
            name = o.table() + " " + o.name();
        } else if (op instanceof AddCheck o) {
            name = o.table() + " " + o.check().name();
        } else if (op instanceof DropColumn o) {
            name = o.table() + " " + o.column();
        } else if (op instanceof AddColumn o) {
            name = o.table() + " " + o.column().name();
        } else if (op instanceof CreateIndex o) {
            name = o.table() + " " + o.index().name();
        } else if (op instanceof DropSequence o) {
            name = o.name();
        } else if (op instanceof CreateSequence o) {
            name = o.sequence().name();
        } else {
            name = op.table();
        }
        return type + " " + name;
    }

    @Test
    void foreignKeysBetweenNewTablesComeAfterAllTablesEvenInACycle() {
        TableModel a = table("a").column(column("id", "bigint").notNull()).column(column("b_id", "bigint"))
                .primaryKey(primaryKey("id")).foreignKey(foreignKey("fk_a_b", "b_id").references("b", "id")).build();
        TableModel b = table("b").column(column("id", "bigint").notNull()).column(column("a_id", "bigint"))
                .primaryKey(primaryKey("id")).foreignKey(foreignKey("fk_b_a", "a_id").references("a", "id")).build();

        List<Class<?>> types = PlainPlans.compare(schema(a, b), SchemaModel.empty()).operations().stream()
                .<Class<?>>map(Object::getClass).toList();

        assertEquals(List.of(CreateTable.class, CreateTable.class, AddForeignKey.class, AddForeignKey.class), types);
        List<Class<?>> downgrade = PlainPlans.compare(SchemaModel.empty(), schema(a, b)).operations().stream()
                .<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(DropForeignKey.class, DropForeignKey.class, DropTable.class, DropTable.class), downgrade);
    }
}
