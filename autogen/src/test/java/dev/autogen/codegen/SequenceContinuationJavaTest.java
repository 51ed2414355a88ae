package dev.autogen.codegen;

import dev.autogen.runtime.ops.ContinueAfter;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.SequenceDef;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sequence that continues after a column is written as the three-argument {@code createSequence}. */
class SequenceContinuationJavaTest {
    private static String java(CreateSequence operation) {
        return new JavaOperationRenderer().render(operation).toString();
    }

    @Test
    void theTableAndColumnFollowTheSequence() {
        assertEquals("op.createSequence(sequence(\"item_seq\").incrementBy(50), \"item\", \"id\")",
                java(new CreateSequence(new SequenceDef("item_seq", 1, 50), new ContinueAfter("item", "id"))));
    }

    @Test
    void aPlainSequenceKeepsTheOneArgumentForm() {
        assertEquals("op.createSequence(sequence(\"item_seq\").incrementBy(50))",
                java(new CreateSequence(new SequenceDef("item_seq", 1, 50))));
    }
}
