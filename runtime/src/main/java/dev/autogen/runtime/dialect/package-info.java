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
 *
 * <p>Besides the SQL, a dialect answers what the runtime would otherwise assume of PostgreSQL: what
 * its errors mean and what to advise ({@link dev.autogen.runtime.dialect.ErrorClassifier}), how its
 * offline scripts are spelled ({@link dev.autogen.runtime.dialect.ScriptFormat}), and what is done to a
 * borrowed session and how it is given back ({@link dev.autogen.runtime.dialect.SessionControl}). Each
 * has defaults that are correct for any database; PostgreSQL's implementations keep its behaviour.
 */
package dev.autogen.runtime.dialect;
