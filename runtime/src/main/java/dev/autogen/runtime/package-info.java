/**
 * The API that migrations are written against ({@link dev.autogen.runtime.Migration},
 * {@link dev.autogen.runtime.Operations}, {@link dev.autogen.runtime.Ddl}) and the
 * {@link dev.autogen.runtime.Migrator} that applications call at startup. This module has no
 * dependency on Hibernate: it ships inside users' applications.
 */
package dev.autogen.runtime;
