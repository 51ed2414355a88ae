/**
 * PostgreSQL's {@link dev.autogen.dialect.DatabaseDialect}, and its {@link dev.autogen.diff.ComparisonRules}:
 * the canonical spelling of its types, the normalization of the expressions its catalog spells differently
 * from Hibernate (defaults, checks, generation expressions), its {@code USING} casts, the type changes that
 * rewrite a table and the values that fill existing rows.
 */
package dev.autogen.dialect.postgres;
