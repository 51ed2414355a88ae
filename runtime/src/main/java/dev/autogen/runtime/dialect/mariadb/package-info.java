/**
 * The MariaDB dialect: {@link dev.autogen.runtime.dialect.mariadb.MariaDbDialect} renders every
 * operation for MariaDB 10.11 (the schema Hibernate 7.4's {@code MariaDBDialect} exports for the same
 * model), or refuses it with an {@link dev.autogen.runtime.AutogenException} that says what to write
 * instead; {@link dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers} quotes names and text;
 * {@link dev.autogen.runtime.dialect.mariadb.MariaDbLockAnalysis} says which online DDL
 * ({@code ALGORITHM=INSTANT}, {@code INPLACE}, {@code COPY}; {@code LOCK=NONE}, {@code SHARED}) each
 * statement gets; {@link dev.autogen.runtime.dialect.mariadb.MariaDbErrors} tells its errors apart by
 * error number, {@link dev.autogen.runtime.dialect.mariadb.MariaDbScriptFormat} writes offline scripts
 * for the {@code mariadb} client, and {@code MariaDbSessionControl} gives a borrowed session back the
 * settings a migration changed. Where the same SQL serves MySQL 8 the Javadoc says so; no test runs on MySQL.
 */
package dev.autogen.runtime.dialect.mariadb;
