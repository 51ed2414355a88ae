package dev.autogen.runtime.testing;

import dev.autogen.runtime.UrlDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh database on the local PostgreSQL server (127.0.0.1:5432, user postgres, trust
 * authentication), created for one test class and dropped afterwards.
 *
 * <p>A test class that shares one database between its tests registers it as an extension, which
 * creates it before the first test, drops it after the last and, if asked, empties it before each:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable, BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    /** The server's JDBC URL prefix; a database name completes it. */
    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** The user every test connects as. */
    public static final String USER = "postgres";

    private final String name;
    private final boolean emptiedBeforeEach;

    private TestDatabase(String name, boolean emptiedBeforeEach) {
        this.name = name;
        this.emptiedBeforeEach = emptiedBeforeEach;
    }

    /** Creates a database with a random name {@code rt_…}. */
    public static TestDatabase create() throws SQLException {
        TestDatabase database = new TestDatabase(randomName(), false);
        database.createOnServer();
        return database;
    }

    /** A database for a test class to register as an extension: created before its first test, dropped after its last. */
    public static TestDatabase perClass() {
        return new TestDatabase(randomName(), false);
    }

    /** The same database, emptied ({@link #reset()}) before each test. */
    public TestDatabase emptiedBeforeEach() {
        return new TestDatabase(name, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        createOnServer();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        if (emptiedBeforeEach) {
            reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        close();
    }

    private static String randomName() {
        return "rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private void createOnServer() throws SQLException {
        try (Connection admin = connect(SERVER + "postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
    }

    /** The database name. */
    public String name() {
        return name;
    }

    /** The JDBC URL of the database. */
    public String url() {
        return SERVER + name;
    }

    /** The user every test connects as. */
    public String user() {
        return USER;
    }

    /** A data source for the database, as an application would pass it. */
    public UrlDataSource dataSource() {
        return new UrlDataSource(url(), USER, null);
    }

    /** A new connection to the database. */
    public Connection connect() throws SQLException {
        return connect(url());
    }

    /** Runs statements, each on its own in autocommit mode. */
    public void execute(String... sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    /** Runs statements, each on its own in autocommit mode. */
    public void execute(List<String> sql) throws SQLException {
        execute(sql.toArray(String[]::new));
    }

    /** The rows of a query, each column rendered with {@code getString}. */
    public List<List<String>> query(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    /** The first column of a query's rows. */
    public List<String> column(String sql) throws SQLException {
        return query(sql).stream().map(row -> row.get(0)).toList();
    }

    /** Whether a table (or other relation) of this name is visible on the search path. */
    public boolean exists(String relation) throws SQLException {
        return column("SELECT to_regclass('" + relation.replace("'", "''") + "') IS NOT NULL").get(0).equals("t");
    }

    /** Empties the database: drops and recreates the {@code public} schema and drops every other user schema. */
    public void reset() throws SQLException {
        List<String> schemas = column("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                + " AND nspname <> 'information_schema'");
        for (String schema : schemas) {
            execute("DROP SCHEMA \"" + schema + "\" CASCADE");
        }
        execute("CREATE SCHEMA public");
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = connect(SERVER + "postgres"); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        return DriverManager.getConnection(url, properties);
    }
}
