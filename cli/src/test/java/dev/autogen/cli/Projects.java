package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.LiveDatabase;
import dev.autogen.cli.testing.PostgresTestDialect;
import dev.autogen.it.todo.v1.Todo;
import dev.autogen.runtime.testing.TestDatabase;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Sets up a user project for command-line tests: a working directory, a database, the test entities. */
final class Projects {
    private Projects() {
    }

    /** A runner whose environment points at the database and at the compiled test entities. */
    static Cli cli(Path dir, TestDatabase database) {
        return cli(dir, PostgresTestDialect.of(database));
    }

    /** A runner whose environment points at a database of any dialect and at the compiled test entities. */
    static Cli cli(Path dir, LiveDatabase database) {
        return new Cli(dir)
                .env("AUTOGEN_URL", database.url())
                .env("AUTOGEN_USER", database.user())
                .env("AUTOGEN_CLASSPATH", testClasses().toString());
    }

    /** Where the test entity classes are compiled to. */
    static Path testClasses() {
        try {
            return Path.of(Todo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
