/**
 * The live-table benchmark: a table of two million rows with a writer and a reader running in loops
 * while a schema change runs, each recording how long its longest query waited. Every change kind
 * runs as the plain DDL Hibernate would emit and as autogen's lock-safe form, on identical copies of
 * the table in the same run; the lock-queue case runs the same {@code ALTER TABLE} behind a long read
 * transaction through the runtime, with and without autogen's DDL lock timeout.
 */
package dev.autogen.bench.live;
