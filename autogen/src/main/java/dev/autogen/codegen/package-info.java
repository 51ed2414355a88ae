/**
 * Writes migration classes with JavaPoet: one renderer per operation type turns operations into
 * readable Java statements against {@link dev.autogen.runtime.Operations}, and
 * {@link dev.autogen.codegen.MigrationWriter} assembles the class, byte-identical for the same plan
 * apart from the revision id and date.
 */
package dev.autogen.codegen;
