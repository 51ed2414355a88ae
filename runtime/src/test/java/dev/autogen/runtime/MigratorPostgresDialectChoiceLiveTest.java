package dev.autogen.runtime;

import dev.autogen.runtime.testing.SqlMigrations;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a real PostgreSQL, a migrator given no dialect migrates in PostgreSQL's; one given MariaDB's is refused. */
@Tag("postgres")
class MigratorPostgresDialectChoiceLiveTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    private static List<dev.autogen.runtime.load.ResolvedMigration> oneTable() {
        return List.of(SqlMigrations.of("p1", List.of(), true, "CREATE TABLE note (id int PRIMARY KEY)"));
    }

    @Test
    void withoutADialectTheMigratorMigratesInPostgresqls() throws SQLException {
        Migrator migrator = Migrator.configure().dataSource(db.dataSource()).migrationSource(
                MigratorPostgresDialectChoiceLiveTest::oneTable).load();

        assertEquals(1, migrator.upgrade().revisions().size());
        assertEquals("postgresql", migrator.dialect().name());
        assertTrue(db.exists("note"));
        assertEquals(List.of("postgresql"), db.column("SELECT DISTINCT dialect FROM autogen_history"));
    }

    @Test
    void theMariaDbDialectOnPostgresqlIsRefusedBeforeAnythingRuns() throws SQLException {
        Migrator migrator = Migrator.configure().dataSource(db.dataSource()).dialect("mariadb")
                .migrationSource(MigratorPostgresDialectChoiceLiveTest::oneTable).load();

        AutogenException refused = assertThrows(AutogenException.class, migrator::current);
        assertEquals(ErrorCode.DIALECT_MISMATCH, refused.code());
        assertTrue(refused.getMessage().contains("mariadb dialect") && refused.getMessage().contains("postgresql database"),
                refused.getMessage());
        assertFalse(db.exists("autogen_history") || db.exists("note"));
    }
}
