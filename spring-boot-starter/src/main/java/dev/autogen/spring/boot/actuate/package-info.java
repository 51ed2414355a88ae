/**
 * The actuator endpoint {@code autogen} ({@code /actuator/autogen}): the revisions with their
 * applied or pending state, the heads and whether the applied migrations still match their
 * checksums. It reads only; it never migrates.
 */
package dev.autogen.spring.boot.actuate;
