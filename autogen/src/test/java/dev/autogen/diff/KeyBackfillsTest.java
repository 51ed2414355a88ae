package dev.autogen.diff;

import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.diff.TableBuilder.schema;
import static dev.autogen.diff.TableBuilder.table;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A column added to a table with rows that becomes its primary key gets a distinct value in every row. */
class KeyBackfillsTest {
    private static TableModel before() {
        return table("note").column(column("body", "varchar(255)")).build();
    }

    private static TableModel withKey(String type) {
        return table("note").column(column("id", type).notNull()).column(column("body", "varchar(255)"))
                .primaryKey(primaryKey("id")).build();
    }

    private static Change addColumn(MigrationPlan plan) {
        return plan.upgrade().stream().filter(c -> c.operation() instanceof AddColumn).findFirst().orElseThrow();
    }

    private static String backfill(Change change) {
        return ((AddColumn) change.operation()).column().backfill();
    }

    @Test
    void integerKeyIsNumberedByTheEntitySequence() {
        SequenceDef sequence = new SequenceDef("note_seq", 1, 50);
        MigrationPlan plan = PlainPlans.compare(schema(List.of(withKey("bigint")), List.of(sequence)), schema(before()));

        Change add = addColumn(plan);
        assertEquals("nextval('note_seq'::regclass)", backfill(add));
        assertNull(add.review(), add.review());
    }

    @Test
    void integerKeyWithoutSequenceIsNumberedByATemporarySequenceDroppedAfterwards() {
        MigrationPlan plan = PlainPlans.compare(schema(withKey("integer")), schema(before()));

        List<MigrationOperation> ops = plan.operations();
        SequenceDef temporary = new SequenceDef("note_id_backfill_seq", 1, 1);
        assertEquals(new CreateSequence(temporary), ops.get(0), ops::toString);
        assertEquals("nextval('note_id_backfill_seq'::regclass)", backfill(addColumn(plan)));
        int added = ops.indexOf(addColumn(plan).operation());
        assertEquals(new DropSequence(temporary.name(), temporary), ops.get(added + 1), ops::toString);
        assertTrue(addColumn(plan).review().contains("numbered"), addColumn(plan).review());
    }

    @Test
    void uuidKeyGetsRandomUuids() {
        Change add = addColumn(PlainPlans.compare(schema(withKey("uuid")), schema(before())));

        assertEquals("gen_random_uuid()", backfill(add));
        assertNull(add.review(), add.review());
    }

    @Test
    void wideTextKeyGetsRandomUuidText() {
        Change add = addColumn(PlainPlans.compare(schema(withKey("varchar(36)")), schema(before())));

        assertEquals("gen_random_uuid()::text", backfill(add));
        assertNotNull(add.review());
    }

    @Test
    void narrowTextKeyIsFlaggedAsADuplicateKey() {
        Change add = addColumn(PlainPlans.compare(schema(withKey("varchar(8)")), schema(before())));

        assertEquals("''", backfill(add));
        assertTrue(add.review().contains("primary key rejects as a duplicate"), add.review());
        assertTrue(add.review().contains("note.id"), add.review());
    }
}
