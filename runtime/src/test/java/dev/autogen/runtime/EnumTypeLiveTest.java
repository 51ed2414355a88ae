package dev.autogen.runtime;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.List;

import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.enumColumn;
import static dev.autogen.runtime.Ddl.enumType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Native enum types on a real PostgreSQL: a label added and used in the same migration, and the rebuild that
 * undoes it, which keeps the rows and refuses to run while a row holds the removed label.
 */
@Tag("postgres")
class EnumTypeLiveTest {
    private static final String LABELS = "SELECT enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid"
            + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'billing' AND t.typname = 'status'"
            + " ORDER BY e.enumsortorder";

    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    private final InlineMigrations migrations = new InlineMigrations();

    private void createTypeAndTables() {
        migrations.add("e1", List.of(), true, op -> {
            op.createSchema("billing");
            op.createEnumType("billing.status", "OPEN", "CLOSED");
            op.createTable("billing.invoice", column("id", "bigint").notNull(), column("status", "billing.status"));
            op.createTable("orders", column("id", "bigint").notNull(), column("state", "billing.status"));
            op.execute("INSERT INTO billing.invoice VALUES (1, 'OPEN'), (2, 'CLOSED')");
            op.execute("INSERT INTO orders VALUES (1, 'CLOSED')");
        }, op -> {
            op.dropTable("orders");
            op.dropTable("billing.invoice");
            op.dropEnumType("billing.status", "OPEN", "CLOSED");
            op.dropSchema("billing");
        });
    }

    private void addArchivedAndUseIt() {
        migrations.add("e2", List.of("e1"), true, op -> {
            op.addEnumValueAfter("billing.status", "ARCHIVED", "OPEN");
            op.execute("INSERT INTO orders VALUES (2, 'ARCHIVED')");
        }, op -> op.replaceEnumType(enumType("billing.status", "OPEN", "ARCHIVED", "CLOSED"),
                enumType("billing.status", "OPEN", "CLOSED"),
                enumColumn("billing.invoice", "status"), enumColumn("orders", "state")));
    }

    @Test
    void aLabelAddedInAMigrationCanBeUsedLaterInTheSameMigration() throws SQLException {
        createTypeAndTables();
        addArchivedAndUseIt();
        migrations.migrator(db).upgrade();

        assertEquals(List.of("OPEN", "ARCHIVED", "CLOSED"), db.column(LABELS));
        assertEquals(List.of("ARCHIVED"), db.column("SELECT state::text FROM orders WHERE id = 2"));
    }

    @Test
    void theRebuildRefusesWhileARowHoldsTheRemovedLabelAndKeepsTheRows() throws SQLException {
        createTypeAndTables();
        addArchivedAndUseIt();
        Migrator migrator = migrations.migrator(db);
        migrator.upgrade();

        assertThrows(AutogenException.class, () -> migrator.downgrade("e1"));
        assertEquals(List.of("OPEN", "ARCHIVED", "CLOSED"), db.column(LABELS));
        assertEquals(List.of("CLOSED", "ARCHIVED"), db.column("SELECT state::text FROM orders ORDER BY id"));

        db.execute("DELETE FROM orders WHERE id = 2");
        migrator.downgrade("e1");
        assertEquals(List.of("OPEN", "CLOSED"), db.column(LABELS));
        assertEquals(List.of("OPEN", "CLOSED"), db.column("SELECT status::text FROM billing.invoice ORDER BY id"));
        assertEquals(List.of("CLOSED"), db.column("SELECT state::text FROM orders"));
        assertEquals(List.of(), db.column("SELECT typname FROM pg_type WHERE typname = 'status_old'"));

        migrator.downgrade("base");
        assertEquals(List.of(), db.column(LABELS));
    }

    @Test
    void aRebuildKeepsTheCastsAndAColumnDefault() throws SQLException {
        migrations.add("d1", List.of(), true, op -> {
            op.createEnumType(enumType("mood", "HAPPY", "SAD", "TIRED").withVarcharCasts());
            op.createTable("person", column("id", "bigint").notNull(), column("mood", "mood").defaultValue("'HAPPY'"));
            op.execute("INSERT INTO person (id) VALUES (1)");
        }, op -> op.dropTable("person"));
        migrations.add("d2", List.of("d1"), true, op -> op.replaceEnumType(
                enumType("mood", "HAPPY", "SAD", "TIRED").withVarcharCasts(), enumType("mood", "HAPPY", "SAD").withVarcharCasts(),
                enumColumn("person", "mood", "'HAPPY'::mood")), op -> { });
        migrations.migrator(db).upgrade();

        db.execute("INSERT INTO person (id) VALUES (2)", "UPDATE person SET mood = 'SAD'::varchar WHERE id = 2");
        assertEquals(List.of("HAPPY", "SAD"), db.column("SELECT mood::text FROM person ORDER BY id"));
        assertEquals(List.of("'HAPPY'::mood"), db.column("SELECT column_default FROM information_schema.columns"
                + " WHERE table_name = 'person' AND column_name = 'mood'"));
        assertEquals(List.of("2"), db.column("SELECT count(*)::text FROM pg_cast WHERE castsource = 'mood'::regtype"
                + " OR casttarget = 'mood'::regtype"));
    }
}
