/**
 * A small to-do application whose schema is managed by autogen: it applies its migrations at
 * startup through {@link dev.autogen.runtime.Migrator}, then uses Hibernate with schema validation.
 */
package dev.autogen.sample;
