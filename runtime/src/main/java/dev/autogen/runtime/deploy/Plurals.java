package dev.autogen.runtime.deploy;

/** Counts with nouns in the right number: "1 revision", "2 revisions". */
final class Plurals {
    private Plurals() {
    }

    /** {@code count} and the noun, with an {@code s} unless the count is one. */
    static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
