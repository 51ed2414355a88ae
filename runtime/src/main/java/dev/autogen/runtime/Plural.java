package dev.autogen.runtime;

/** A count with its noun in the right number: "1 revision", "2 revisions", "0 revisions". */
public final class Plural {
    private Plural() {
    }

    /** The count and the noun, with an {@code s} added unless the count is one. */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** The count and the noun, for a noun whose plural is not its singular with an {@code s}. */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** "is" for one, "are" otherwise. */
    public static String verb(long count) {
        return count == 1 ? "is" : "are";
    }
}
