package dev.autogen.runtime;

/**
 * The kinds of failure autogen reports, each with its own process exit code.
 *
 * <p>Exit codes 0 (success), 1 ({@code check} found pending changes) and 2 (usage error) are
 * reserved by the command line; every failure kind below has a distinct code from 3 upwards.
 */
public enum ErrorCode {
    /** A configuration value is missing or invalid, or a configured folder does not exist. */
    CONFIGURATION(3, "configuration"),
    /** The database server cannot be reached. */
    DATABASE_UNREACHABLE(4, "database unreachable"),
    /** The database rejected the user name or password. */
    AUTHENTICATION_FAILED(5, "authentication failed"),
    /** The database named in the URL does not exist. */
    DATABASE_MISSING(6, "database missing"),
    /** The database is not at the head revision, so a new revision cannot be generated. */
    NOT_AT_HEAD(7, "database not at head"),
    /** The entity model cannot be read: no entities found, a class fails to load, or Hibernate rejects the mapping. */
    ENTITY_MODEL(8, "entity model"),
    /** A migration source file does not compile. */
    COMPILATION_FAILED(9, "migration does not compile"),
    /**
     * A migration failed: a statement failed (a transactional migration is rolled back, a
     * non-transactional one is recorded as incomplete), its own code threw, or it was refused before
     * it ran (transaction control in a transactional migration, a message too long to store).
     */
    MIGRATION_FAILED(10, "migration failed"),
    /** The revision graph is broken: duplicate ids, unknown parents, cycles or several heads. */
    REVISION_GRAPH(11, "revision graph"),
    /** An upgrade or downgrade target is unknown or ambiguous. */
    UNKNOWN_TARGET(12, "unknown target"),
    /** The migration lock could not be acquired in time. */
    LOCK_TIMEOUT(13, "lock timeout"),
    /** An applied migration was edited after it ran, or its recorded checksum was removed. */
    CHECKSUM_MISMATCH(14, "checksum mismatch"),
    /**
     * The history table disagrees with the migrations or the database: an applied revision is
     * missing, the history has a gap, lost its format comment or is newer, pending migrations would
     * create objects that exist already, or another deploy changed it underneath this one.
     */
    HISTORY_MISMATCH(15, "history mismatch"),
    /** A migration class cannot be loaded or instantiated. */
    MIGRATION_LOAD(16, "migration cannot be loaded"),
    /** The embedded PostgreSQL could not be started. */
    EMBEDDED_DATABASE(17, "embedded database"),
    /** A database error that fits no other kind. */
    DATABASE_ERROR(18, "database error"),
    /** A file could not be read or written. */
    IO(19, "file I/O"),
    /**
     * The history records a migration that ran outside a transaction as incomplete (an earlier run
     * failed or was killed half-way); it must be settled before anything else runs.
     */
    INCOMPLETE_MIGRATION(20, "incomplete migration"),
    /**
     * The connection to the database was lost (a terminated backend, a restart, a network failure);
     * when a migration was running, the message says what state it is in.
     */
    CONNECTION_LOST(21, "connection to the database lost"),
    /**
     * A statement of a migration waited for a table lock longer than the DDL lock timeout on every
     * attempt (another session held the table); each attempt was rolled back, and the message names
     * the table and the blocking sessions.
     */
    DDL_LOCK_TIMEOUT(22, "table lock not granted in time"),
    /**
     * {@code lint} found an operation that blocks reads or writes of an existing table for longer than
     * a catalog update, or one it cannot analyse, without a {@code // REVIEW:} note.
     */
    UNREVIEWED_LOCKS(23, "lint found a risky operation without a REVIEW note"),
    /**
     * A run over many schemas ({@code --each-schema}) or databases ({@code --each-url}) failed on one
     * or more of them; the others were still handled, and the per-schema report says which failed and why.
     */
    FLEET_FAILED(24, "one or more schemas or databases failed"),
    /**
     * The database applied some, not all, of the revisions a squashed revision replaces, and the
     * files of those it still needs are gone: restore them, upgrade, then delete them again.
     */
    SQUASH_INCOMPLETE(25, "database part way through a squashed range"),
    /**
     * A migration was generated for another dialect than the one running it ({@link Revision#dialect}),
     * or the history table's rows were written by another dialect; nothing was run.
     */
    DIALECT_MISMATCH(26, "migration or history of another dialect"),
    /** A bug in autogen: please report it with the output of {@code --verbose}. */
    INTERNAL(70, "internal error");

    private final int exitCode;
    private final String label;

    ErrorCode(int exitCode, String label) {
        this.exitCode = exitCode;
        this.label = label;
    }

    /** The process exit code the command line uses for this kind of failure. */
    public int exitCode() {
        return exitCode;
    }

    /** A few words for the exit-code list of the usage help. */
    public String label() {
        return label;
    }
}
