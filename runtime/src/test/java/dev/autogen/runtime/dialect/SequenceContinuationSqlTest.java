package dev.autogen.runtime.dialect;

import dev.autogen.runtime.OperationRecorder;
import dev.autogen.runtime.ops.ContinueAfter;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.SequenceDef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sequence created to continue after a column places its next value after the column's largest. */
class SequenceContinuationSqlTest {
    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void theNextValueIsTheLargestPlusOneIncrementSoAPooledBlockStartsAfterTheRows() {
        CreateSequence create = new CreateSequence(new SequenceDef("item_seq", 1, 50), new ContinueAfter("item", "id"));

        assertEquals(List.of("CREATE SEQUENCE item_seq START WITH 1 INCREMENT BY 50",
                "SELECT setval('item_seq', greatest(coalesce(max(id), 0) + 50, 1), false) FROM item"),
                dialect.toSql(create));
    }

    @Test
    void qualifiedNamesAreQuotedAndADescendingSequenceIsLeftAtItsStart() {
        CreateSequence create = new CreateSequence(new SequenceDef("billing.Inv_Seq", 100, 1),
                new ContinueAfter("billing.Invoice", "id"));
        assertEquals("SELECT setval('billing.\"Inv_Seq\"', greatest(coalesce(max(id), 0) + 1, 100), false)"
                + " FROM billing.\"Invoice\"", dialect.toSql(create).get(1));

        assertEquals(1, dialect.toSql(new CreateSequence(new SequenceDef("down", -1, -1),
                new ContinueAfter("item", "id"))).size());
    }

    @Test
    void theContinuationSurvivesReversalBothWays() {
        SequenceDef sequence = new SequenceDef("item_seq", 1, 50);
        ContinueAfter after = new ContinueAfter("item", "id");
        CreateSequence create = new CreateSequence(sequence, after);

        assertEquals(new DropSequence("item_seq", sequence, after), create.reverse());
        assertEquals(create, create.reverse().reverse());
        assertEquals(new DropSequence("item_seq", sequence), new CreateSequence(sequence).reverse());
    }

    @Test
    void theOperationsApiRecordsIt() {
        OperationRecorder recorder = new OperationRecorder();
        recorder.createSequence(new SequenceDef("item_seq", 1, 50), "item", "id");

        assertEquals(List.of(new CreateSequence(new SequenceDef("item_seq", 1, 50), new ContinueAfter("item", "id"))),
                recorder.operations());
    }
}
