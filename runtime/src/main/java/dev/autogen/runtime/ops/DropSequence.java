package dev.autogen.runtime.ops;

/** Drops a sequence. */
public record DropSequence(String name, SequenceDef previous) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the sequence");
        }
        return new CreateSequence(previous);
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
