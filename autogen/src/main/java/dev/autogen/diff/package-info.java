/**
 * Compares a target schema (the entities) with the current one (the database) and plans the
 * operations that turn the current into the target, in dependency order, each with the review note
 * that a careful reader needs. The downgrade is derived by reversing the plan, never diffed.
 */
package dev.autogen.diff;
