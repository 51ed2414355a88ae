/**
 * The Spring Boot auto-configuration of autogen: with a {@link javax.sql.DataSource} present it
 * applies the pending migrations through the runtime's {@link dev.autogen.runtime.Migrator} before
 * JPA's {@code EntityManagerFactory} starts, registers autogen as the schema manager of that
 * DataSource, refuses a Hibernate {@code ddl-auto} that would change the schema behind the
 * migrations' back and refuses a second migration tool on the same DataSource. Settings use the
 * {@code autogen.} prefix ({@link dev.autogen.spring.boot.AutogenProperties}).
 */
package dev.autogen.spring.boot;
