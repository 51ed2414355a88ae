/**
 * Finding migrations: from compiled classes in a package, from an explicit list of classes, or from
 * any other {@link dev.autogen.runtime.load.MigrationSource}, such as the command line's in-memory
 * compiler. {@link dev.autogen.runtime.load.ClassRoots} opens the jars and folders a user names,
 * Spring Boot fat jars and wars included, in place. At compile time the {@link dev.autogen.runtime.load.RevisionIndexProcessor} writes a
 * {@link dev.autogen.runtime.load.RevisionIndex} per package, with the
 * {@linkplain dev.autogen.runtime.load.SourceDigests digest} of each migration's source, so that an
 * application's start reads one small file instead of every class file.
 */
package dev.autogen.runtime.load;
