/**
 * The benchmark harness: generates synthetic models and migrations, runs autogen and its peers
 * (Hibernate, Flyway, Liquibase) side by side in child JVMs, and reports medians, ratios and peak
 * memory. Not part of the default build; run it with {@code bench/run.sh} (see
 * {@code docs/benchmarks.md}).
 */
package dev.autogen.bench;
