/** A migration that alters a table another session may hold, for the tests of the DDL lock settings. */
package dev.autogen.spring.boot.locking;
