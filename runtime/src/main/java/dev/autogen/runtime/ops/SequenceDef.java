package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * A sequence.
 *
 * @param name      the sequence name, optionally schema-qualified
 * @param start     the first value
 * @param increment the step between values
 */
public record SequenceDef(String name, long start, long increment) {
    /** Validates the definition. */
    public SequenceDef {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " needs a non-zero increment");
        }
    }

    /** This sequence, starting at the given value. */
    public SequenceDef startWith(long value) {
        return new SequenceDef(name, value, increment);
    }

    /** This sequence, stepping by the given increment. */
    public SequenceDef incrementBy(long value) {
        return new SequenceDef(name, start, value);
    }
}
