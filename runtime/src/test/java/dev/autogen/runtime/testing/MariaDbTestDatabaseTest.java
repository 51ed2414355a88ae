package dev.autogen.runtime.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("mariadb")
class MariaDbTestDatabaseTest {
    @RegisterExtension
    static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass().emptiedBeforeEach();

    @Test
    void createsAnEmptyDatabaseOnTheLocalServer() throws SQLException {
        assertFalse(db.exists("t"));
        db.execute("CREATE TABLE t (id int primary key)", "INSERT INTO t VALUES (1)");
        assertTrue(db.exists("t"));
        assertEquals(List.of("1"), db.column("SELECT id FROM t"));
        assertTrue(db.column("SELECT version()").get(0).contains("MariaDB"));
    }

    @Test
    void resetEmptiesIt() throws SQLException {
        db.execute("CREATE TABLE u (id int)");
        db.reset();
        assertFalse(db.exists("u"));
    }
}
