package dev.autogen.cli.testing;

import dev.autogen.runtime.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** PostgreSQL, on {@link TestDatabase}: snapshots by {@link CatalogSnapshot}, the export by {@link HibernateSchema}. */
public final class PostgresTestDialect implements TestDialect {
    /** The one instance. */
    public static final PostgresTestDialect INSTANCE = new PostgresTestDialect();

    private PostgresTestDialect() {
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public LiveDatabase create() throws SQLException {
        return of(TestDatabase.create());
    }

    /** The test database as a {@link LiveDatabase}. */
    public static LiveDatabase of(TestDatabase database) {
        return new LiveDatabase() {
            @Override
            public String url() {
                return database.url();
            }

            @Override
            public String user() {
                return TestDatabase.USER;
            }

            @Override
            public Connection connect() throws SQLException {
                return database.connect();
            }

            @Override
            public void execute(String... sql) throws SQLException {
                database.execute(sql);
            }

            @Override
            public List<List<String>> query(String sql) throws SQLException {
                return database.query(sql);
            }

            @Override
            public void close() throws SQLException {
                database.close();
            }
        };
    }

    @Override
    public String snapshot(Connection connection) throws SQLException {
        return CatalogSnapshot.of(connection);
    }

    @Override
    public String hibernateSnapshot(String entityPackage) throws SQLException {
        return HibernateSchema.snapshot(entityPackage);
    }

    @Override
    public String booleanType() {
        return "boolean";
    }

    @Override
    public String entityTable(String entityName) {
        return entityName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String falseLiteral() {
        return "false";
    }

    @Override
    public String falseText() {
        return "f";
    }

    @Override
    public String toString() {
        return name();
    }
}
