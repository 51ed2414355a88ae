/**
 * Reads the target schema from JPA entity classes: scans packages for entities, builds Hibernate's
 * boot {@code Metadata} offline for PostgreSQL, and translates its tables, columns, keys,
 * constraints, indexes and sequences into the neutral {@link dev.autogen.schema.SchemaModel}.
 */
package dev.autogen.entity;
