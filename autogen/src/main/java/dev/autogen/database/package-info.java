/**
 * Reads the current schema of a live PostgreSQL database from {@code pg_catalog} into the neutral
 * {@link dev.autogen.schema.SchemaModel}, with one query per kind of object for all tables at once,
 * whatever their number. autogen's own bookkeeping tables (prefix {@code autogen_}) are ignored.
 * Also counts the rows of the few tables a revision warns about.
 */
package dev.autogen.database;
