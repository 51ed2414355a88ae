/**
 * MariaDB's {@link dev.autogen.dialect.DatabaseDialect}: its naming rules, its catalog reader over
 * {@code information_schema}, the normalization of MariaDB's spellings of types, defaults and checks into
 * the ones Hibernate's {@code MariaDBDialect} writes, and its comparison rules. Tested on MariaDB 10.11 only;
 * MySQL is not claimed.
 */
package dev.autogen.dialect.mariadb;
