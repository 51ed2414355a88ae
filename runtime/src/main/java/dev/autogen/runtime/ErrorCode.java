package dev.autogen.runtime;

/**
 * The kinds of failure autogen reports, each with its own process exit code.
 *
 * <p>Exit codes 0 (success), 1 ({@code check} found pending changes) and 2 (usage error) are
 * reserved by the command line; every failure kind below has a distinct code from 3 upwards.
 */
public enum ErrorCode {
    /** A configuration value is missing or invalid, or a configured folder does not exist. */
    CONFIGURATION(3),
    /** The database server cannot be reached. */
    DATABASE_UNREACHABLE(4),
    /** The database rejected the user name or password. */
    AUTHENTICATION_FAILED(5),
    /** The database named in the URL does not exist. */
    DATABASE_MISSING(6),
    /** The database is not at the head revision, so a new revision cannot be generated. */
    NOT_AT_HEAD(7),
    /** The entity model cannot be read: no entities found, a class fails to load, or Hibernate rejects the mapping. */
    ENTITY_MODEL(8),
    /** A migration source file does not compile. */
    COMPILATION_FAILED(9),
    /** A statement of a migration failed; that migration was rolled back. */
    MIGRATION_FAILED(10),
    /** The revision graph is broken: duplicate ids, unknown parents, cycles or several heads. */
    REVISION_GRAPH(11),
    /** An upgrade or downgrade target is unknown or ambiguous. */
    UNKNOWN_TARGET(12),
    /** The migration lock could not be acquired in time. */
    LOCK_TIMEOUT(13),
    /** An applied migration was edited after it ran. */
    CHECKSUM_MISMATCH(14),
    /** The history table disagrees with the migrations: an applied revision is missing or the table is newer. */
    HISTORY_MISMATCH(15),
    /** A migration class cannot be loaded or instantiated. */
    MIGRATION_LOAD(16),
    /** The embedded PostgreSQL could not be started. */
    EMBEDDED_DATABASE(17),
    /** A database error that fits no other kind. */
    DATABASE_ERROR(18),
    /** A file could not be read or written. */
    IO(19),
    /** A migration that ran outside a transaction failed half-way and must be repaired before anything else runs. */
    INCOMPLETE_MIGRATION(20),
    /** A bug in autogen: please report it with the output of {@code --verbose}. */
    INTERNAL(70);

    private final int exitCode;

    ErrorCode(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The process exit code the command line uses for this kind of failure. */
    public int exitCode() {
        return exitCode;
    }
}
