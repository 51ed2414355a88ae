/**
 * Turns operation records into SQL for a database. {@link dev.autogen.runtime.dialect.PostgresDialect}
 * is the first dialect; it keeps one renderer per operation type in a registry that fails loudly for
 * a type it does not know.
 */
package dev.autogen.runtime.dialect;
