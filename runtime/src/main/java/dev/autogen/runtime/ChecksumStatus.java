package dev.autogen.runtime;

/**
 * Whether an applied migration still does what the history recorded when it ran, as
 * {@link Migrator#checksums()} reports it without changing anything.
 */
public enum ChecksumStatus {
    /** The migration renders the checksum the history recorded. */
    MATCHES,
    /** The migration was edited after it ran: it renders another checksum; the next upgrade refuses to run. */
    EDITED,
    /** The history holds no checksum for it, so it cannot be verified; {@code upgrade --repair} records one. */
    MISSING,
    /** The history holds a checksum an older autogen made; {@code upgrade --repair} records a current one. */
    OUTDATED
}
