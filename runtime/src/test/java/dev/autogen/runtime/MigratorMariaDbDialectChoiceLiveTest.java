package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import dev.autogen.runtime.testing.SqlMigrations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a real MariaDB, a migrator given no dialect migrates in MariaDB's; one given PostgreSQL's is refused. */
@Tag("mariadb")
class MigratorMariaDbDialectChoiceLiveTest {
    @RegisterExtension
    static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass().emptiedBeforeEach();

    /** Creates a table; generated for MariaDB. */
    @Revision(id = "m1", dialect = "mariadb")
    static final class CreateNote implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.execute("CREATE TABLE note (id int PRIMARY KEY)");
        }

        @Override
        public void downgrade(Operations op) {
            op.execute("DROP TABLE note");
        }
    }

    @Test
    void withoutADialectTheMigratorMigratesInMariaDbs() throws SQLException {
        Migrator migrator = Migrator.configure().dataSource(db.dataSource()).migrations(List.of(CreateNote.class)).load();

        assertEquals(1, migrator.upgrade().revisions().size());
        assertEquals("mariadb", migrator.dialect().name());
        assertTrue(db.exists("note"));
        assertEquals(List.of("mariadb"), db.column("SELECT DISTINCT dialect FROM autogen_history"));
    }

    @Test
    void thePostgresDialectOnMariaDbIsRefusedBeforeAnythingRuns() throws SQLException {
        Migrator migrator = Migrator.configure().dataSource(db.dataSource()).dialect(new PostgresDialect())
                .migrationSource(() -> List.of(SqlMigrations.of("p1", List.of(), true, "CREATE TABLE pg (id int)")))
                .load();

        AutogenException refused = assertThrows(AutogenException.class, migrator::upgrade);
        assertEquals(ErrorCode.DIALECT_MISMATCH, refused.code());
        assertTrue(refused.getMessage().contains("postgresql") && refused.getMessage().contains("mariadb"),
                refused.getMessage());
        assertFalse(db.exists("autogen_history") || db.exists("pg"));
    }
}
