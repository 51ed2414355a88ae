package dev.autogen.cli;

import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import org.mariadb.jdbc.MariaDbDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The cleanup of a {@code --shadow-url} database on MariaDB empties it of the tables (foreign keys
 * notwithstanding), views, sequences and routines created since it was opened, and drops a database
 * created since only when the project names it.
 */
@Tag("mariadb")
class MariaDbShadowObjectsTest {
    private MariaDbTestDatabase shadow;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        shadow = MariaDbTestDatabase.create();
    }

    @AfterEach
    void tearDown() throws Exception {
        shadow.execute("DROP DATABASE IF EXISTS " + shadow.name() + "_named",
                "DROP DATABASE IF EXISTS " + shadow.name() + "_other");
        shadow.close();
    }

    @Test
    void theCleanupEmptiesTheDatabaseAndDropsOnlyTheNamedNewDatabases() throws Exception {
        ScratchDatabases dialect = new MariaDbScratchDatabases();
        String named = shadow.name() + "_named";
        String other = shadow.name() + "_other";
        List<ShadowObject> before;
        try (Connection connection = shadow.connect()) {
            before = dialect.shadowObjects(connection, List.of(named));
        }
        shadow.execute("CREATE TABLE a_parent (id int PRIMARY KEY)",
                "CREATE TABLE b_child (id int PRIMARY KEY, parent_id int, FOREIGN KEY (parent_id) REFERENCES a_parent (id))",
                "INSERT INTO a_parent VALUES (1)", "INSERT INTO b_child VALUES (1, 1)",
                "CREATE VIEW children AS SELECT * FROM b_child", "CREATE SEQUENCE numbers",
                "CREATE PROCEDURE nothing() SELECT 1", "CREATE FUNCTION answer() RETURNS int RETURN 42",
                "CREATE DATABASE " + named, "CREATE DATABASE " + other);

        new ShadowCleanup(dataSource(), SecretMask.patternsOnly(), shadow.url(), dialect, before, List.of(named), warnings::add).close();

        assertEquals(List.of(), warnings);
        assertEquals(List.of("0"), shadow.column("SELECT count(*) FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE()"));
        assertEquals(List.of("0"), shadow.column("SELECT count(*) FROM information_schema.ROUTINES"
                + " WHERE ROUTINE_SCHEMA = DATABASE()"));
        assertEquals(List.of(other), shadow.column("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"
                + " WHERE SCHEMA_NAME IN ('" + named + "', '" + other + "')"));
    }

    /** The driver's own data source: the runtime's {@code UrlDataSource} takes MariaDB URLs once the dialect is wired. */
    private MariaDbDataSource dataSource() throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(shadow.url());
        dataSource.setUser(shadow.user());
        return dataSource;
    }

    @Test
    void theDropsTurnOffTheForeignKeyChecksFirst() {
        List<String> drops = new MariaDbScratchDatabases().dropStatements(List.of(
                new ShadowObject("table", "t", "DROP TABLE IF EXISTS `t`")));
        assertEquals(List.of("SET FOREIGN_KEY_CHECKS = 0", "DROP TABLE IF EXISTS `t`"), drops);
    }
}
