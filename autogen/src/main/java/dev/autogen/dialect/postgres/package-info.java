/** PostgreSQL's {@link dev.autogen.dialect.DatabaseDialect}. */
package dev.autogen.dialect.postgres;
