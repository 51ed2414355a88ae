/**
 * Spring Boot's own settings, read from a project's {@code application.properties} and
 * {@code application.yml} files and their profiles, as a configuration source below
 * {@code autogen.properties}: the datasource, the naming strategies and {@code spring.jpa.properties}.
 */
package dev.autogen.cli.spring;
