package dev.autogen.diff;

import dev.autogen.entity.EntityModelReader;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diff between the two versions of the to-do entity fixtures. */
class TodoModelsDiffTest {
    private static SchemaModel v1;
    private static SchemaModel v2;

    @BeforeAll
    static void read() {
        v1 = read("dev.autogen.fixtures.todo.v1");
        v2 = read("dev.autogen.fixtures.todo.v2");
    }

    private static SchemaModel read(String entityPackage) {
        return new EntityModelReader(TodoModelsDiffTest.class.getClassLoader(), List.of(entityPackage), Map.of(),
                "test").read();
    }

    @Test
    void upgradeFromV1ToV2() {
        List<String> ops = PlainPlans.compare(v2, v1).operations().stream().map(PlanOrderTest::brief).toList();

        assertEquals(List.of(
                "DropCheck todos todos_status_check",
                "DropColumn todos obsolete",
                "CreateTable tag",
                "CreateTable todos_tag",
                "AddColumn todos completed",
                "AddColumn todos dueat",
                "AddColumn todos owner",
                "AddColumn todos priority",
                "AddCheck todos todos_status_check",
                "AddForeignKey todos_tag fk6ayyuth1xwspvcjfmkanfk7ft",
                "AddForeignKey todos_tag fke1f7301shveefg9vr5iv37ski"), ops);
    }

    @Test
    void newEnumValueReplacesTheCheck() {
        List<MigrationOperation> ops = PlainPlans.compare(v2, v1).operations();

        DropCheck drop = (DropCheck) ops.get(0);
        AddCheck add = ops.stream().filter(AddCheck.class::isInstance).map(AddCheck.class::cast).findFirst().orElseThrow();
        assertEquals("status in ('OPEN','DONE')", drop.previous().expression());
        assertEquals("status in ('OPEN','DONE','ARCHIVED')", add.check().expression());
    }

    @Test
    void backfillsOfTheNewColumns() {
        Map<String, String> backfills = PlainPlans.compare(v2, v1).operations().stream()
                .filter(AddColumn.class::isInstance).map(AddColumn.class::cast)
                .collect(Collectors.toMap(a -> a.column().name(), a -> String.valueOf(a.column().backfill())));

        assertEquals(Map.of("completed", "false", "dueat", "null", "owner", "''", "priority", "0"), backfills);
    }

    @Test
    void reviewsNameTheDroppedColumnAndThePlaceholder() {
        List<String> reviews = PlainPlans.compare(v2, v1).reviews();

        assertEquals(2, reviews.size(), reviews::toString);
        assertTrue(reviews.get(0).contains("todos.obsolete"), reviews::toString);
        assertTrue(reviews.get(1).contains("todos.owner"), reviews::toString);
    }

    @Test
    void downgradeIsWhatTheOppositeDiffDoes() {
        MigrationPlan up = PlainPlans.compare(v2, v1);
        MigrationPlan down = PlainPlans.compare(v1, v2);

        assertEquals(new HashSet<>(down.operations()),
                new HashSet<>(up.downgrade().stream().map(Change::operation).toList()));
        DropColumn dropOwner = (DropColumn) up.downgrade().stream().map(Change::operation)
                .filter(op -> op instanceof DropColumn d && d.column().equals("owner")).findFirst().orElseThrow();
        assertEquals("''", dropOwner.previous().backfill());
    }

    @Test
    void eachVersionAgainstItselfIsEmpty() {
        assertTrue(PlainPlans.compare(v1, v1).isEmpty());
        assertTrue(PlainPlans.compare(v2, read("dev.autogen.fixtures.todo.v2")).isEmpty());
    }
}
