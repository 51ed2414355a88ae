/** Migrations generated for MariaDB, applied by the starter on a MariaDB DataSource. */
package dev.autogen.spring.boot.mariadb.migrations;
