/** The migrations autogen generated for the to-do entities; the app applies them at startup. */
package dev.autogen.sample.migrations;
