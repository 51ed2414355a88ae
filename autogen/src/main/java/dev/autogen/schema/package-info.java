/**
 * The neutral schema model that both readers produce and the diff compares: schemas, tables with
 * their columns, keys, uniques, indexes, foreign keys and checks, and sequences. Names are exactly
 * as PostgreSQL stores them (unquoted names folded to lower case); tables outside the default
 * schema carry it as a prefix, as in {@code billing.invoice}. Also here: the table filter applied to
 * both sides.
 */
package dev.autogen.schema;
