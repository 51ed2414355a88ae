package dev.autogen.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates and drops the benchmark's databases on the local PostgreSQL server. */
final class Databases {
    private final String server;

    /** Databases on a server, {@code jdbc:postgresql://host:port/}. */
    Databases(String server) {
        this.server = server;
    }

    /** A fresh, empty database of that name (dropped first if it exists); returns its URL. */
    String fresh(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", null);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        return server + name;
    }

    /** Drops a database if it exists. */
    void drop(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", null);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** The number of tables in a database's public schema. */
    int tableCount(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'autogen\\_%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
