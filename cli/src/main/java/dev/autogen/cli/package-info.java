/**
 * The {@code autogen} command line: configuration from options, environment and
 * {@code autogen.properties}; the embedded PostgreSQL default; in-memory compilation of migration
 * sources; and one picocli command class per command.
 */
package dev.autogen.cli;
