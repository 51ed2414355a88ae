package dev.autogen.runtime.deploy;

import dev.autogen.runtime.dialect.SqlDialect;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A data source whose connections resolve unqualified names in one schema: each connection gets
 * the dialect's {@link SqlDialect#useSchema} statement when it is handed out (on PostgreSQL
 * {@code SET search_path}), and its {@link SqlDialect#resetSchema} before it is closed, so a pooled connection goes back as it came. The migrator keeps session settings
 * across migrations, so every migration, the history table and its lock resolve in the schema.
 */
final class SchemaDataSource extends WrappingDataSource {
    private final String schema;
    private final SqlDialect dialect;

    SchemaDataSource(DataSource base, String schema, SqlDialect dialect) {
        super(base);
        this.schema = schema;
        this.dialect = dialect;
    }

    @Override
    Connection wrap(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect.useSchema(schema));
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return onClose(connection, () -> release(connection));
    }

    private void release(Connection connection) throws SQLException {
        try {
            if (!connection.isClosed() && connection.getAutoCommit()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(dialect.resetSchema());
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
