package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
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
        return cli(dir, database.url(), TestDatabase.USER);
    }

    /** A runner whose environment points at the database of this URL and user, and at the compiled test entities. */
    static Cli cli(Path dir, String url, String user) {
        return new Cli(dir)
                .env("AUTOGEN_URL", url)
                .env("AUTOGEN_USER", user)
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
