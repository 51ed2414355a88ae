package dev.autogen.diff;

import dev.autogen.runtime.ops.ContinueAfter;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.diff.Scenarios.LIST_SEQ;
import static dev.autogen.diff.Scenarios.base;
import static dev.autogen.diff.Scenarios.list;
import static dev.autogen.diff.Scenarios.todoBuilder;
import static dev.autogen.diff.TableBuilder.schema;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sequence that takes over from an identity column continues after the column's largest value. */
class SequenceContinuationsTest {
    private static final ContinueAfter TODO_ID = new ContinueAfter("todo", "id");

    private static SchemaModel todoOnSequence(SequenceDef sequence) {
        return schema(List.of(list(), todoBuilder().withoutColumn("id").column(column("id", "bigint").notNull()).build()),
                List.of(LIST_SEQ, sequence));
    }

    private static List<MigrationOperation> upgrade(SchemaModel target, SchemaModel current) {
        return SchemaDiff.compare(target, current).operations();
    }

    @Test
    void identityToHibernatesSequenceCreatesItContinuingAfterTheColumn() {
        SequenceDef todoSeq = sequence("todo_seq").incrementBy(50);

        List<MigrationOperation> operations = upgrade(todoOnSequence(todoSeq), base());

        assertTrue(operations.contains(new CreateSequence(todoSeq, TODO_ID)), operations::toString);
    }

    @Test
    void theOnlyNewSequenceOfTheOnlyColumnLeavingIdentityIsPairedWhateverItsName() {
        SequenceDef ids = sequence("todo_ids");

        assertTrue(upgrade(todoOnSequence(ids), base()).contains(new CreateSequence(ids, TODO_ID)));
    }

    @Test
    void sequenceToIdentityDropsTheSequenceSoThatTheDowngradeContinuesAfterTheColumn() {
        SequenceDef todoSeq = sequence("todo_seq").incrementBy(50);

        List<MigrationOperation> operations = upgrade(base(), todoOnSequence(todoSeq));

        DropSequence drop = new DropSequence("todo_seq", todoSeq, TODO_ID);
        assertTrue(operations.contains(drop), operations::toString);
        assertEquals(new CreateSequence(todoSeq, TODO_ID), drop.reverse());
    }

    @Test
    void aNewSequenceWithoutAnIdentityChangeStartsAtItsStart() {
        SequenceDef other = sequence("other_seq");
        SchemaModel target = schema(List.of(list(), Scenarios.todo()), List.of(LIST_SEQ, other));

        assertEquals(List.of(new CreateSequence(other)), upgrade(target, base()));
    }
}
