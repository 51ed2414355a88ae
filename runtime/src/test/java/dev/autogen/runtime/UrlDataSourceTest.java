package dev.autogen.runtime;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A data source from a URL opens its connections with the properties the URL's dialect asks for. */
@Tag("postgres")
class UrlDataSourceTest {
    @Test
    void aPostgresConnectionNeverNamesServerPreparedStatements() throws SQLException {
        try (Connection connection = new UrlDataSource(TestDatabase.SERVER + "postgres", TestDatabase.USER, null)
                .getConnection()) {
            assertEquals(0, connection.unwrap(PGConnection.class).getPrepareThreshold());
        }
    }

    @Test
    void aPrepareThresholdInThePostgresUrlWins() throws SQLException {
        try (Connection connection = new UrlDataSource(TestDatabase.SERVER + "postgres?prepareThreshold=3",
                TestDatabase.USER, null).getConnection()) {
            assertEquals(3, connection.unwrap(PGConnection.class).getPrepareThreshold());
        }
    }
}
