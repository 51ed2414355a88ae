package dev.autogen.runtime.dialect;

/**
 * What a database can do that the runtime and the generator must know before they plan: code
 * outside a dialect asks these instead of testing which database it is.
 *
 * @param transactionalDdl whether DDL statements run inside a transaction and roll back with it; without
 *                         it every DDL statement commits on its own, so a migration cannot be undone as a whole
 * @param sequences        whether the database has sequences as objects of their own
 * @param schemas          whether tables live in schemas within one database, as opposed to one namespace
 *                         per database
 * @param renameConstraint whether a constraint can be renamed in place, as opposed to dropped and added
 */
public record DialectCapabilities(boolean transactionalDdl, boolean sequences, boolean schemas,
                                  boolean renameConstraint) {
}
