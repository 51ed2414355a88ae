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
 * A fresh database on the local MariaDB server (127.0.0.1:3306, user root, no password), created
 * for one test class and dropped afterwards. Tests that use it carry {@code @Tag("mariadb")}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass().emptiedBeforeEach();
 * }</pre>
 */
public final class MariaDbTestDatabase implements AutoCloseable, BeforeAllCallback, AfterAllCallback,
        BeforeEachCallback {
    /** The server's JDBC URL prefix; a database name completes it. */
    public static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    /** The user every test connects as. */
    public static final String USER = "root";
    /**
     * The connection options every test URL carries: the local server has no TLS, and MariaDB
     * Connector/J 4 asks for it unless told otherwise.
     */
    public static final String OPTIONS = "?sslMode=disable";

    private final String name;
    private final boolean emptiedBeforeEach;

    private MariaDbTestDatabase(String name, boolean emptiedBeforeEach) {
        this.name = name;
        this.emptiedBeforeEach = emptiedBeforeEach;
    }

    /** Creates a database with a random name {@code mt_…}. */
    public static MariaDbTestDatabase create() throws SQLException {
        MariaDbTestDatabase database = new MariaDbTestDatabase(randomName(), false);
        database.createOnServer();
        return database;
    }

    /** A database for a test class to register as an extension: created before its first test, dropped after its last. */
    public static MariaDbTestDatabase perClass() {
        return new MariaDbTestDatabase(randomName(), false);
    }

    /** The same database, emptied ({@link #reset()}) before each test. */
    public MariaDbTestDatabase emptiedBeforeEach() {
        return new MariaDbTestDatabase(name, true);
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
        return "mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private void createOnServer() throws SQLException {
        try (Connection admin = connect(SERVER + OPTIONS); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "`");
        }
    }

    /** The database name. */
    public String name() {
        return name;
    }

    /** The JDBC URL of the database. */
    public String url() {
        return SERVER + name + OPTIONS;
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

    /** Whether a table, view or sequence of this name exists in the database. */
    public boolean exists(String relation) throws SQLException {
        return !column("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + name
                + "' AND table_name = '" + relation.replace("'", "''") + "'").isEmpty();
    }

    /** Empties the database: drops and creates it again. */
    public void reset() throws SQLException {
        try (Connection admin = connect(SERVER + OPTIONS); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            statement.execute("CREATE DATABASE `" + name + "`");
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = connect(SERVER + OPTIONS); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        return DriverManager.getConnection(url, properties);
    }
}
