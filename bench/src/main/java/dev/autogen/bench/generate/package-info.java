/**
 * Deterministic generators of what the harness measures: a synthetic JPA model of N entities and
 * N trivial migrations for autogen and for Flyway, compiled with {@code javax.tools}.
 */
package dev.autogen.bench.generate;
