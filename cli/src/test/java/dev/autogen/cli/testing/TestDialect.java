package dev.autogen.cli.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One database the command-line tests run on, so that a test is written once and parameterized by it
 * ({@code @MethodSource("dev.autogen.cli.testing.TestDialect#all")}): how to make a fresh database, how to
 * snapshot a schema independently of the code under test, what Hibernate itself exports, and how the
 * database spells the few values a test reads back.
 */
public interface TestDialect {
    /** Every dialect the tests run on: PostgreSQL, then MariaDB. */
    static List<TestDialect> all() {
        return List.of(PostgresTestDialect.INSTANCE, MariaDbTestDialect.INSTANCE);
    }

    /** The dialect's name, as {@code --dialect} and {@code @Revision(dialect)} spell it. */
    String name();

    /** A new, empty database. */
    LiveDatabase create() throws SQLException;

    /** A canonical text of the user schema behind the connection: equal texts, equal schemas; empty for none. */
    String snapshot(Connection connection) throws SQLException;

    /** The {@link #snapshot} of what Hibernate itself creates for the entities of a package, in a fresh database. */
    String hibernateSnapshot(String entityPackage) throws SQLException;

    /** The column type Hibernate gives a Java {@code boolean}. */
    String booleanType();

    /** The name of the table Hibernate maps an entity to by default: PostgreSQL folds it to lower case. */
    String entityTable(String entityName);

    /** How a migration spells {@code false} for a boolean column: its backfill, and the summary of it. */
    String falseLiteral();

    /** How {@code getString} reads a {@code false} boolean column back. */
    String falseText();
}
