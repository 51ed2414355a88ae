/**
 * The Liquibase side of the benchmark harness, on its own class path because Liquibase's Hibernate
 * extension needs Hibernate 6 while autogen uses Hibernate 7.
 */
package dev.autogen.bench.liquibase;
