package dev.autogen.diff;

/** Asks the user whether a possible rename is one; the command line asks on a terminal. */
@FunctionalInterface
public interface RenameQuestion {
    /** Whether the candidate is a rename. */
    boolean confirm(RenameCandidate candidate);
}
