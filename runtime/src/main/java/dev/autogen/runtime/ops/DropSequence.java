package dev.autogen.runtime.ops;

/**
 * Drops a sequence.
 *
 * @param name          the sequence name
 * @param previous      the sequence, for reversal, or {@code null} when unknown
 * @param continueAfter the column the re-created sequence continues after on reversal, or {@code null}
 */
public record DropSequence(String name, SequenceDef previous, ContinueAfter continueAfter) implements MigrationOperation {
    /** Drops a sequence whose re-creation starts at its start value. */
    public DropSequence(String name, SequenceDef previous) {
        this(name, previous, null);
    }

    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the sequence");
        }
        return new CreateSequence(previous, continueAfter);
    }

    @Override
    public String describe() {
        return "drop sequence " + name;
    }

    @Override
    public String table() {
        return null;
    }
}
