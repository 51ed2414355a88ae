/**
 * The immutable operation records a migration is made of, and the definitions they carry.
 *
 * <p>Every operation can {@linkplain MigrationOperation#reverse() reverse} itself: a drop carries
 * the full definition of what it drops, so that autogen derives a downgrade from an upgrade instead
 * of diffing twice. Table names may be qualified with a schema, as in {@code "billing.invoice"};
 * every identifier is the exact name PostgreSQL stores, and is quoted when rendered only if needed.
 */
package dev.autogen.runtime.ops;
