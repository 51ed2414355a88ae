package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user sees for the usual mistakes with a {@code jdbc:mariadb:} URL: a clear error, no stack trace. */
@Tag("postgres")
@Tag("mariadb")
class MariaDbBadInputTest {
    private static final String V1 = "dev.autogen.it.todo.v1";

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir).env("AUTOGEN_USER", "root").env("AUTOGEN_CLASSPATH", Projects.testClasses().toString());
        assertEquals(0, cli.run("init").exitCode());
    }

    @Test
    void aDatabaseThatDoesNotExistIsNamed() {
        CliResult result = cli.run("current", "--url", "jdbc:mariadb://127.0.0.1:3306/nosuchdb?sslMode=disable");
        assertEquals(ErrorCode.DATABASE_MISSING.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: The database named in jdbc:mariadb://127.0.0.1:3306/nosuchdb"),
                result.toString());
        assertTrue(result.err().contains("Create it (CREATE DATABASE `nosuchdb`), or fix the database name in --url."),
                result.toString());
        assertFalse(result.err().contains("createdb"), result.toString());
        assertFalse(result.err().contains("\tat "), result.toString());
    }

    @Test
    void theTlsDefaultOfConnectorJ4SaysHowToConnect() {
        CliResult result = cli.run("check", "--entities", V1, "--url", "jdbc:mariadb://127.0.0.1:3306/mysql");
        assertEquals(ErrorCode.DATABASE_UNREACHABLE.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: Cannot reach the database at jdbc:mariadb://127.0.0.1:3306/mysql"),
                result.toString());
        assertTrue(result.err().contains("add ?sslMode=disable to --url") && result.err().contains("enable TLS on the server"),
                result.toString());
        assertFalse(result.err().contains("embedded PostgreSQL"), result.toString());
        assertFalse(result.err().contains("\tat "), result.toString());
    }
}
