/**
 * Compares a target schema (the entities) with the current one (the database) and plans the
 * operations that turn the current into the target, in dependency order, each with the review note
 * that a careful reader needs. Spellings that differ only in form (type synonyms, casts in defaults
 * and checks, constraint names) are compared by the database's {@link dev.autogen.diff.ComparisonRules},
 * so that an upgraded database compares equal.
 * Renames of tables and columns are applied only when the user confirms them ({@link
 * dev.autogen.diff.Renames}); unconfirmed candidates become review hints. The downgrade is derived
 * by reversing the plan, never diffed. Changes to tables that already exist come in lock-safe forms
 * ({@link dev.autogen.diff.DdlForm#LOCK_SAFE}) unless the plain DDL is asked for.
 */
package dev.autogen.diff;
