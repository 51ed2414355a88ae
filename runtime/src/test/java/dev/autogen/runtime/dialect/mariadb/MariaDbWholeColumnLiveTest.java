package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.ErrorClassifier;
import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trap on MariaDB 10.11: a {@code MODIFY COLUMN} silently drops the nullability, default,
 * comment and {@code AUTO_INCREMENT} it does not restate. Each change rendered from the carried column
 * keeps them, as {@code information_schema.COLUMNS} reads them back.
 */
@Tag("mariadb")
class MariaDbWholeColumnLiveTest {
    @RegisterExtension
    static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass().emptiedBeforeEach();

    private static final ColumnDef POINTS = ColumnDef.of("points", "int").notNull().defaultValue("7")
            .comment("it's \\ loyalty");

    private final MariaDbDialect dialect = new MariaDbDialect();

    private void apply(MigrationOperation op) throws SQLException {
        db.execute(dialect.toSql(op));
    }

    /** COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, COLUMN_COMMENT and EXTRA of the column. */
    private List<String> column(String table, String column) throws SQLException {
        return db.query("SELECT COLUMN_TYPE, IS_NULLABLE, COALESCE(COLUMN_DEFAULT, '<none>'), COLUMN_COMMENT, EXTRA"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + table
                + "' AND COLUMN_NAME = '" + column + "'").get(0);
    }

    private void customer() throws SQLException {
        db.execute("CREATE TABLE customer (id bigint NOT NULL, points int NOT NULL DEFAULT 7"
                + " COMMENT 'it''s \\\\ loyalty', PRIMARY KEY (id)) ENGINE=InnoDB", "INSERT INTO customer VALUES (1, 3)");
    }

    @Test
    void aBareModifyDropsWhatItDoesNotRestate() throws SQLException {
        customer();
        db.execute("ALTER TABLE customer MODIFY COLUMN points bigint");
        assertEquals(List.of("bigint(20)", "YES", "NULL", "", ""), column("customer", "points"));
    }

    @Test
    void typeChangeAndItsReverseKeepNullabilityDefaultAndComment() throws SQLException {
        customer();
        List<String> before = column("customer", "points");
        AlterColumnType change = new AlterColumnType("customer", "points", "bigint", "int", null, null, POINTS);
        apply(change);
        assertEquals(List.of("bigint(20)", "NO", "7", "it's \\ loyalty", ""), column("customer", "points"));
        apply(change.reverse());
        assertEquals(before, column("customer", "points"));
        assertEquals(List.of("3"), db.column("SELECT points FROM customer"));
    }

    @Test
    void nullabilityCommentAndDefaultKeepTheRest() throws SQLException {
        customer();
        AlterColumnNullability nullable = new AlterColumnNullability("customer", "points", true, null, POINTS);
        apply(nullable);
        assertEquals(List.of("int(11)", "YES", "7", "it's \\ loyalty", ""), column("customer", "points"));
        db.execute("INSERT INTO customer VALUES (2, NULL)");
        apply(new SetNotNullViaCheck("customer", "points", "0", POINTS.withNullable(true)));
        assertEquals(List.of("int(11)", "NO", "7", "it's \\ loyalty", ""), column("customer", "points"));
        assertEquals(List.of("3", "0"), db.column("SELECT points FROM customer ORDER BY id"));
        apply(new AlterColumnComment("customer", "points", "new */ text", "it's \\ loyalty", POINTS));
        assertEquals(List.of("int(11)", "NO", "7", "new */ text", ""), column("customer", "points"));
        apply(new AlterColumnDefault("customer", "points", "9", "7", POINTS.comment("new */ text")));
        assertEquals(List.of("int(11)", "NO", "9", "new */ text", ""), column("customer", "points"));
    }

    @Test
    void autoIncrementIsAddedAfterTheLargestValueKeptThroughAChangeAndDropped() throws SQLException {
        db.execute("CREATE TABLE ticket (id bigint NOT NULL COMMENT 'number', PRIMARY KEY (id)) ENGINE=InnoDB",
                "INSERT INTO ticket VALUES (5), (9)");
        ColumnDef id = ColumnDef.of("id", "bigint").notNull().comment("number");
        apply(new AddIdentity("ticket", "id", Identity.BY_DEFAULT, id));
        assertEquals(List.of("bigint(20)", "NO", "<none>", "number", "auto_increment"), column("ticket", "id"));
        db.execute("INSERT INTO ticket () VALUES ()");
        assertEquals(List.of("5", "9", "10"), db.column("SELECT id FROM ticket ORDER BY id"));
        ColumnDef generating = id.generatedByDefaultAsIdentity();
        apply(new AlterColumnComment("ticket", "id", "ticket number", "number", generating));
        assertEquals(List.of("bigint(20)", "NO", "<none>", "ticket number", "auto_increment"), column("ticket", "id"));
        apply(new DropIdentity("ticket", "id", Identity.BY_DEFAULT, generating.comment("ticket number")));
        assertEquals(List.of("bigint(20)", "NO", "<none>", "ticket number", ""), column("ticket", "id"));
        assertEquals(List.of("5", "9", "10"), db.column("SELECT id FROM ticket ORDER BY id"));
    }

    @Test
    void autoIncrementNeedsAKeyOnTheColumnAndTheAdviceSaysSo() throws SQLException {
        db.execute("CREATE TABLE loose (id bigint NOT NULL, v int) ENGINE=InnoDB");
        SQLException error = assertThrows(SQLException.class,
                () -> apply(new AddIdentity("loose", "id", Identity.BY_DEFAULT, ColumnDef.of("id", "bigint").notNull())));
        assertEquals(1075, error.getErrorCode());
        String advice = new MariaDbErrors().migrationAdvice(error);
        assertTrue(advice.contains("key") && advice.contains("addPrimaryKey"), advice);
        assertEquals(ErrorClassifier.Kind.OTHER, new MariaDbErrors().classify(error));
    }
}
