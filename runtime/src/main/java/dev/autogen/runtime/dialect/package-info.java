/**
 * Turns operation records into SQL for a database. {@link dev.autogen.runtime.dialect.PostgresDialect}
 * is the first dialect; it keeps one renderer per operation type in a registry that fails loudly for
 * a type it does not know. {@link dev.autogen.runtime.dialect.PostgresLockAnalysis} says what the
 * dialect's statements lock on a live database ({@link dev.autogen.runtime.dialect.LockMode}, scan or
 * rewrite, a risk verdict), for the review output of {@code revision}, {@code show} and {@code lint}.
 * A {@link dev.autogen.runtime.dialect.SqlDialect} also owns what the runtime needs of its database:
 * its {@link dev.autogen.runtime.dialect.DialectCapabilities}, its
 * {@link dev.autogen.runtime.dialect.Identifiers}, the {@link dev.autogen.runtime.dialect.HistorySql}
 * of the history table and its {@link dev.autogen.runtime.dialect.MigrationLock}.
 */
package dev.autogen.runtime.dialect;
