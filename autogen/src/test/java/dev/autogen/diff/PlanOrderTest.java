package dev.autogen.diff;

import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
    /** The rank of each operation type in a well-ordered plan. */
    private static final Map<Class<?>, Integer> RANK = Map.ofEntries(
            Map.entry(DropForeignKey.class, 0),
            Map.entry(DropPrimaryKey.class, 1), Map.entry(DropUnique.class, 1), Map.entry(DropCheck.class, 1),
            Map.entry(DropIndex.class, 1),
            Map.entry(DropColumn.class, 2),
            Map.entry(DropTable.class, 3),
            Map.entry(DropSequence.class, 4),
            Map.entry(CreateSequence.class, 5),
            Map.entry(CreateTable.class, 6),
            Map.entry(AddColumn.class, 7),
            Map.entry(AddPrimaryKey.class, 8), Map.entry(AddUnique.class, 8), Map.entry(AddCheck.class, 8),
            Map.entry(CreateIndex.class, 8),
            Map.entry(AddForeignKey.class, 9));

    static Stream<Scenarios.Scenario> scenarios() {
        return Scenarios.all().values().stream();
    }

    private static void assertWellOrdered(String what, List<MigrationOperation> ops) {
        for (int i = 1; i < ops.size(); i++) {
            int previous = RANK.get(ops.get(i - 1).getClass());
            int next = RANK.get(ops.get(i).getClass());
            int at = i;
            assertTrue(previous <= next, () -> what + ": " + ops.get(at - 1).describe() + " must not come before "
                    + ops.get(at).describe() + " in " + ops.stream().map(MigrationOperation::describe).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void upgradeIsInPhaseOrder(Scenarios.Scenario scenario) {
        assertWellOrdered("upgrade", scenario.plan().operations());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void downgradeIsInPhaseOrderToo(Scenarios.Scenario scenario) {
        assertWellOrdered("downgrade", scenario.plan().downgrade().stream().map(Change::operation).toList());
    }

    @Test
    void mixedChangesComeInPhaseOrder() {
        List<String> ops = Scenarios.get("mixed").plan().operations().stream().map(PlanOrderTest::brief).toList();

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

        List<Class<?>> types = SchemaDiff.compare(schema(a, b), SchemaModel.empty()).operations().stream()
                .<Class<?>>map(Object::getClass).toList();

        assertEquals(List.of(CreateTable.class, CreateTable.class, AddForeignKey.class, AddForeignKey.class), types);
        List<Class<?>> downgrade = SchemaDiff.compare(SchemaModel.empty(), schema(a, b)).operations().stream()
                .<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(DropForeignKey.class, DropForeignKey.class, DropTable.class, DropTable.class), downgrade);
    }
}
