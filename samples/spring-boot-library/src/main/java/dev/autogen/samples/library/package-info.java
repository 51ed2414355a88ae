/**
 * A small Spring Boot library app whose schema comes only from autogen's migrations: the starter
 * applies them at startup, before JPA validates the schema.
 */
package dev.autogen.samples.library;
