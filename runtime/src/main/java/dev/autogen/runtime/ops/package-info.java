/**
 * The immutable operation records a migration is made of, and the definitions they carry.
 *
 * <p>Every operation can {@linkplain MigrationOperation#reverse() reverse} itself: a drop carries
 * the full definition of what it drops, and an alteration carries the state before and after, so
 * that autogen derives a downgrade from an upgrade instead of diffing twice. Operations recorded from
 * a migration's code carry only what their SQL needs, and may not be reversible. Table names may be
 * qualified with a schema, as in {@code "billing.invoice"}; every identifier is the exact name
 * PostgreSQL stores, and is quoted when rendered only if needed.
 */
package dev.autogen.runtime.ops;
