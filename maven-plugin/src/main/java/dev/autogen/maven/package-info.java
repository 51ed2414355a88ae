/**
 * The autogen Maven plugin ({@code dev.autogen:autogen-maven-plugin}, goal prefix {@code autogen}):
 * one goal per command of the autogen command line, run in the Maven JVM. A goal turns its
 * {@code <configuration>} into the command's options, puts the project's own class path in place of
 * {@code --classpath}, runs the command with the project's base directory as its working directory,
 * and maps its exit code to a Maven result. See {@code docs/maven-plugin.md}.
 */
package dev.autogen.maven;
