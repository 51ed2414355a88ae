package dev.autogen.runtime.deploy;

import dev.autogen.runtime.dialect.PostgresIdentifiers;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A data source whose connections resolve unqualified names in one schema: each connection gets
 * {@code SET search_path} to that schema when it is handed out, and {@code RESET search_path} before
 * it is closed, so a pooled connection goes back as it came. The migrator keeps session settings
 * across migrations, so every migration, the history table and its lock resolve in the schema.
 */
final class SchemaDataSource extends WrappingDataSource {
    private final String schema;

    SchemaDataSource(DataSource base, String schema) {
        super(base);
        this.schema = schema;
    }

    @Override
    Connection wrap(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + PostgresIdentifiers.quote(schema));
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return onClose(connection, () -> release(connection));
    }

    private static void release(Connection connection) throws SQLException {
        try {
            if (!connection.isClosed() && connection.getAutoCommit()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("RESET search_path");
                }
            }
        } catch (SQLException ignored) {
            // the connection is closed below whatever state it is in
        } finally {
            connection.close();
        }
    }

    @Override
    public String toString() {
        return base() + " schema " + schema;
    }
}
