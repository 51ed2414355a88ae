/**
 * The library's migrations, found by the starter's default rule: the application's package
 * followed by {@code .migrations}.
 */
package dev.autogen.samples.library.migrations;
