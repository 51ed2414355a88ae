package dev.autogen.runtime.dialect;

/** Whether a statement or an operation is a risk to a live table. */
public enum LockVerdict {
    /** Holds no lock that blocks reads or writes for longer than a catalog update, or touches only new tables. */
    SAFE,
    /** Blocks reads or writes of a table that exists before the migration for longer than a catalog update. */
    RISKY,
    /** Not recognised: review it by hand. */
    UNKNOWN
}
