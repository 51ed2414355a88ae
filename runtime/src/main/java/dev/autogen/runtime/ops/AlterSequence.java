package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Changes the start and increment of a sequence, keeping its current value.
 *
 * @param sequence the sequence as it is afterwards
 * @param previous the sequence before, for reversal, or {@code null} when unknown
 */
public record AlterSequence(SequenceDef sequence, SequenceDef previous) implements MigrationOperation {
    /** Validates the record. */
    public AlterSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the previous definition");
        }
        return new AlterSequence(previous, sequence);
    }

    @Override
    public String describe() {
        return "alter sequence " + sequence.name() + " (start " + sequence.start() + ", increment "
                + sequence.increment() + ")";
    }

    @Override
    public String table() {
        return null;
    }
}
