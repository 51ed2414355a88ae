package dev.autogen.runtime.ops;

/** Creates a sequence. */
public record CreateSequence(SequenceDef sequence) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new DropSequence(sequence.name(), sequence);
    }

    @Override
    public String describe() {
        return "create sequence " + sequence.name() + " (start " + sequence.start() + ", increment " + sequence.increment() + ")";
    }

    @Override
    public String table() {
        return null;
    }
}
