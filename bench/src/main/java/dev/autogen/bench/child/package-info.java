/**
 * The programs the harness runs in child JVMs, one measured thing each: autogen's phases and
 * runtime, Hibernate's validation, migrator and boot, Flyway, a plain-JDBC floor and an empty
 * program for the JVM's own start. Each prints {@code metric NAME MILLIS} lines; the
 * {@link dev.autogen.bench.child.PeakMemoryAgent} records its peak memory.
 */
package dev.autogen.bench.child;
