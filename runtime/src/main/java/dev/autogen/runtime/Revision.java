package dev.autogen.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a {@link Migration} in the revision graph. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** The unique revision id, by convention {@code yyyyMMdd_HHmmss} in UTC so ids sort by time. */
    String id();

    /** The ids of the revisions this one follows: none for the first, several for a merge. */
    String[] parents() default {};

    /** A one-line description, stored in the history table. */
    String message() default "";

    /**
     * Whether the migration runs in one transaction (the default). Set it to {@code false} for
     * statements PostgreSQL refuses inside a transaction, such as {@code CREATE INDEX CONCURRENTLY}:
     * the statements then run one by one, and a failure half-way is recorded as such in the history
     * table so that nothing runs on top of it until it is repaired.
     */
    boolean transactional() default true;

    /**
     * The revisions this one squashes ({@code autogen squash}): it does what they did, in one step.
     * A database that applied all of them counts this one as applied; a fresh database runs this one
     * alone; a database part way through them runs the rest of them while their files exist. A
     * revision that names one of them as parent follows this one instead.
     */
    String[] replaces() default {};

    /**
     * The dialect the migration was generated for ({@link dev.autogen.runtime.dialect.SqlDialect#name()}),
     * empty for the reference dialect, PostgreSQL. Generated migrations are specific to one database:
     * a run on another dialect refuses the migration ({@link ErrorCode#DIALECT_MISMATCH}) before
     * anything of it runs.
     */
    String dialect() default "";
}
