package dev.autogen.runtime;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@link Migrator#checksums()} tells each applied revision's checksum state and changes nothing. */
@Tag("postgres")
class ChecksumStatusTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    private final InlineMigrations migrations = new InlineMigrations();

    @Test
    void eachAppliedRevisionIsReportedWithItsState() throws SQLException {
        migrations.add("r1", List.of(), true, op -> op.createTable("a", column("id", "integer")));
        migrations.add("r2", List.of("r1"), true, op -> op.createTable("b", column("id", "integer")));
        migrations.add("r3", List.of("r2"), true, op -> op.createTable("c", column("id", "integer")));
        migrations.add("r4", List.of("r3"), true, op -> op.createTable("d", column("id", "integer")));
        migrations.migrator(db).upgrade("+3");
        db.execute("UPDATE autogen_history SET checksum = NULL WHERE revision = 'r2'",
                "UPDATE autogen_history SET checksum = 'md5:old' WHERE revision = 'r3'");
        migrations.clear();
        migrations.add("r1", List.of(), true, op -> op.createTable("a", column("id", "bigint")));
        migrations.add("r2", List.of("r1"), true, op -> op.createTable("b", column("id", "integer")));
        migrations.add("r3", List.of("r2"), true, op -> op.createTable("c", column("id", "integer")));
        migrations.add("r4", List.of("r3"), true, op -> op.createTable("d", column("id", "integer")));

        Map<String, ChecksumStatus> statuses = migrations.migrator(db).checksums();

        assertEquals(Map.of("r1", ChecksumStatus.EDITED, "r2", ChecksumStatus.MISSING, "r3", ChecksumStatus.OUTDATED),
                statuses);
        assertEquals(List.of("", "md5:old"),
                db.column("SELECT coalesce(checksum, '') FROM autogen_history WHERE revision IN ('r2', 'r3') ORDER BY revision"),
                "reading the state records nothing");
        assertFalse(db.exists("d"));
    }

    @Test
    void unchangedMigrationsMatchAndAFreshDatabaseHasNone() {
        migrations.add("r1", List.of(), true, op -> op.createTable("a", column("id", "integer")));

        assertEquals(Map.of(), migrations.migrator(db).checksums());
        migrations.migrator(db).upgrade();
        assertEquals(Map.of("r1", ChecksumStatus.MATCHES), migrations.migrator(db).checksums());
    }
}
