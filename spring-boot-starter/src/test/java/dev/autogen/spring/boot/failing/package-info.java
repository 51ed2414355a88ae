/** A migration that fails, for the tests of a failed startup. */
package dev.autogen.spring.boot.failing;
