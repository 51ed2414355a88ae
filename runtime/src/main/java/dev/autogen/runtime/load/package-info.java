/**
 * Finding migrations: from compiled classes in a package, from an explicit list of classes, or from
 * any other {@link dev.autogen.runtime.load.MigrationSource}, such as the command line's in-memory
 * compiler.
 */
package dev.autogen.runtime.load;
