package dev.autogen.runtime.ops;

/**
 * Creates a sequence.
 *
 * @param sequence      the sequence
 * @param continueAfter the column whose largest value, read when the operation runs, the sequence
 *                      continues after, or {@code null} to start at the sequence's start value
 */
public record CreateSequence(SequenceDef sequence, ContinueAfter continueAfter) implements MigrationOperation {
    /** Creates a sequence that starts at its start value. */
    public CreateSequence(SequenceDef sequence) {
        this(sequence, null);
    }

    @Override
    public MigrationOperation reverse() {
        return new DropSequence(sequence.name(), sequence, continueAfter);
    }

    @Override
    public String describe() {
        return "create sequence " + sequence.name() + " (start " + sequence.start() + ", increment " + sequence.increment() + ")"
                + (continueAfter == null ? "" : " continuing after " + continueAfter.table() + "." + continueAfter.column());
    }

    @Override
    public String table() {
        return null;
    }
}
