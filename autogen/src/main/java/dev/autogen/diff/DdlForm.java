package dev.autogen.diff;

/**
 * Which DDL a plan uses for changes to tables that already exist, and so may hold rows and serve a
 * live application.
 */
public enum DdlForm {
    /**
     * The lock-safe forms: indexes built and dropped {@code CONCURRENTLY}, foreign keys and checks added
     * {@code NOT VALID} and validated afterwards, {@code NOT NULL} set through a validated check, uniques
     * and primary keys added over a concurrently built index; changes that have no online form get a
     * review note naming the lock and the rewrite. Tables created in the same plan keep the plain DDL.
     */
    LOCK_SAFE,
    /** The DDL Hibernate itself would write, as autogen wrote it before the lock-safe forms. */
    PLAIN
}
