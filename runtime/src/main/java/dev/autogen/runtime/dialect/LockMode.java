package dev.autogen.runtime.dialect;

import java.util.Locale;

/**
 * PostgreSQL's table-level lock modes, weakest first, with what each one blocks of ordinary
 * application traffic: reads ({@code SELECT}, which takes {@code ACCESS SHARE}) and writes
 * ({@code INSERT}, {@code UPDATE}, {@code DELETE}, which take {@code ROW EXCLUSIVE}).
 */
public enum LockMode {
    /** Taken by {@code SELECT}; blocks only {@code ACCESS EXCLUSIVE}. */
    ACCESS_SHARE(false, false),
    /** Taken by {@code SELECT … FOR UPDATE} and on the table a validated foreign key references. */
    ROW_SHARE(false, false),
    /** Taken by {@code INSERT}, {@code UPDATE}, {@code DELETE}; rows written are locked until commit. */
    ROW_EXCLUSIVE(false, false),
    /** Taken by {@code CREATE INDEX CONCURRENTLY}, {@code VALIDATE CONSTRAINT}, {@code COMMENT ON}; blocks other DDL only. */
    SHARE_UPDATE_EXCLUSIVE(false, false),
    /** Taken by {@code CREATE INDEX}; blocks writes. */
    SHARE(false, true),
    /** Taken by {@code ADD FOREIGN KEY} on both tables and by {@code CREATE TRIGGER}; blocks writes. */
    SHARE_ROW_EXCLUSIVE(false, true),
    /** Taken by {@code REFRESH MATERIALIZED VIEW CONCURRENTLY}; blocks writes. */
    EXCLUSIVE(false, true),
    /** Taken by most {@code ALTER TABLE} forms, {@code DROP}, {@code TRUNCATE}; blocks reads and writes. */
    ACCESS_EXCLUSIVE(true, true);

    private final boolean blocksReads;
    private final boolean blocksWrites;

    LockMode(boolean blocksReads, boolean blocksWrites) {
        this.blocksReads = blocksReads;
        this.blocksWrites = blocksWrites;
    }

    /** Whether a session holding this lock keeps other sessions from reading the table. */
    public boolean blocksReads() {
        return blocksReads;
    }

    /** Whether a session holding this lock keeps other sessions from writing the table. */
    public boolean blocksWrites() {
        return blocksWrites;
    }

    /** What this lock blocks, in a few words: {@code reads and writes}, {@code writes} or {@code nothing}. */
    public String blocked() {
        return blocksReads ? "reads and writes" : blocksWrites ? "writes" : "nothing";
    }

    /** The mode as PostgreSQL's documentation spells it, e.g. {@code SHARE UPDATE EXCLUSIVE}. */
    public String sql() {
        return name().replace('_', ' ');
    }

    /** The mode as {@code pg_locks.mode} names it, e.g. {@code ShareUpdateExclusiveLock}. */
    public String catalogName() {
        StringBuilder name = new StringBuilder();
        for (String word : name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.append("Lock").toString();
    }
}
