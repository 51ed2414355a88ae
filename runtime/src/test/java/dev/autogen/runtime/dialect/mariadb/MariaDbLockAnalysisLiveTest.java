package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddColumnExpression;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.AlterTableComment;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropColumnExpression;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The online DDL the analysis claims, checked on MariaDB 10.11: each {@code ALTER TABLE} or
 * {@code CREATE INDEX} runs with the claimed {@code ALGORITHM} and {@code LOCK} written out, and the
 * server refuses the next cheaper algorithm, so the claim is neither too weak nor too strong.
 */
@Tag("mariadb")
class MariaDbLockAnalysisLiveTest {
    @RegisterExtension
    static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass().emptiedBeforeEach();

    private static final Map<String, String> CHEAPER = Map.of("COPY", "INPLACE", "INPLACE", "INSTANT");

    private final MariaDbDialect dialect = new MariaDbDialect();

    private void base() throws SQLException {
        db.execute("CREATE TABLE p (id bigint NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB",
                "CREATE TABLE c (id bigint NOT NULL, p_id bigint, n int NOT NULL DEFAULT 1, v varchar(20),"
                        + " w varchar(100), m varchar(40), PRIMARY KEY (id),"
                        + " UNIQUE KEY uk_w (w), KEY ix_n (n), CONSTRAINT ck_n CHECK (n > 0),"
                        + " CONSTRAINT FK_p FOREIGN KEY (p_id) REFERENCES p (id)) ENGINE=InnoDB",
                "CREATE TABLE np (id bigint NOT NULL, v int) ENGINE=InnoDB",
                "CREATE TABLE gen (id bigint NOT NULL, n int, g int GENERATED ALWAYS AS (n * 2) STORED, PRIMARY KEY (id))",
                "INSERT INTO p VALUES (1), (2)", "INSERT INTO c (id, p_id, n, v) VALUES (1, 1, 5, 'x'), (2, 2, 7, NULL)",
                "INSERT INTO np VALUES (1, 1)");
    }

    @Test
    void everyClaimedAlgorithmAndLockIsTheServersOwn() throws Exception {
        ColumnDef n = ColumnDef.of("n", "int").notNull().defaultValue("1");
        ColumnDef v = ColumnDef.of("v", "varchar(20)");
        ColumnDef w = ColumnDef.of("w", "varchar(100)");
        List<Map.Entry<MigrationOperation, Function<MigrationOperation, List<String>>>> cases = new ArrayList<>();
        Function<MigrationOperation, List<String>> plain = dialect::toSql;
        for (MigrationOperation op : List.of(
                new AddColumn("c", ColumnDef.of("due", "date")),
                new AddColumn("c", ColumnDef.of("owner", "varchar(9)").notNull().backfill("'nobody'")),
                new AddColumn("c", ColumnDef.of("twice", "int").notNull().backfill("(n * 2)")),
                new AddColumn("c", ColumnDef.of("n3", "int").generatedAs("n * 3")),
                new DropColumn("c", "v", null), new RenameColumn("c", "v", "label"),
                new AlterColumnDefault("c", "n", "3", "1"), new AlterTableComment("c", "kids", null),
                new AddPrimaryKey("np", new PrimaryKeyDef(null, List.of("id"))), new DropPrimaryKey("c", null, null),
                new AddUnique("c", new UniqueDef("uk_v", List.of("v"))),
                new CreateIndex("c", new IndexDef("ix_v", List.of("v"), false), true),
                new DropUnique("c", "uk_w", null), new RenameIndex("c", "ix_n", "ix_n2"),
                new AddCheck("c", new CheckDef("ck_id", "id > 0")), new DropCheck("c", "ck_n", null),
                new AddForeignKey("np", new ForeignKeyDef("FK_np", List.of("id"), "p", List.of("id"), null)),
                new DropForeignKey("c", "FK_p", null),
                new DropColumnExpression("gen", "g", ColumnDef.of("g", "int").generatedAs("n * 2")),
                new AddColumnExpression("c", ColumnDef.of("v", "varchar(20)").generatedAs("concat('v', n)")))) {
            cases.add(entry(op, plain));
        }
        cases.add(entry(new AlterColumnType("c", "v", "varchar(60)", "varchar(20)", null, null),
                op -> dialect.alterColumnType((AlterColumnType) op, v)));
        cases.add(entry(new AlterColumnType("c", "v", "varchar(64)", "varchar(20)", null, null),
                op -> dialect.alterColumnType((AlterColumnType) op, v)));
        cases.add(entry(new AlterColumnType("c", "m", "varchar(64)", "varchar(40)", null, null),
                op -> dialect.alterColumnType((AlterColumnType) op, ColumnDef.of("m", "varchar(40)"))));
        cases.add(entry(new AlterColumnType("c", "w", "varchar(500)", "varchar(100)", null, null),
                op -> dialect.alterColumnType((AlterColumnType) op, w)));
        cases.add(entry(new AlterColumnType("c", "n", "bigint", "int", null, null),
                op -> dialect.alterColumnType((AlterColumnType) op, n)));
        cases.add(entry(new AlterColumnNullability("c", "n", true, null),
                op -> dialect.alterColumnNullability((AlterColumnNullability) op, n)));
        cases.add(entry(new AlterColumnNullability("c", "v", false, "'none'"),
                op -> dialect.alterColumnNullability((AlterColumnNullability) op, v)));
        cases.add(entry(new AlterColumnComment("c", "n", "count", null),
                op -> dialect.alterColumnComment((AlterColumnComment) op, n)));
        int checked = 0;
        for (Map.Entry<MigrationOperation, Function<MigrationOperation, List<String>>> each : cases) {
            db.reset();
            base();
            List<String> statements = each.getValue().apply(each.getKey());
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                if (sql.startsWith("ALTER TABLE") || sql.startsWith("CREATE INDEX")) {
                    OnlineDdl claim = MariaDbLockAnalysis.online(each.getKey(), i);
                    String cheaper = CHEAPER.get(claim.algorithm());
                    if (cheaper != null) {
                        SQLException refused = assertThrows(SQLException.class, () -> db.execute(with(sql,
                                "ALGORITHM=" + cheaper)), each.getKey().describe() + ": " + sql + " runs " + cheaper);
                        assertTrue(refused.getMessage().contains("not supported"), refused.getMessage());
                    }
                    String claimed = with(sql, claim.clause());
                    assertDoesNotThrow(() -> db.execute(claimed), each.getKey().describe() + ": " + claimed);
                    checked++;
                } else {
                    db.execute(sql);
                }
            }
        }
        assertEquals(31, checked);
    }

    @Test
    void dropIndexIsInPlaceWithoutLock() throws Exception {
        base();
        DropIndex drop = new DropIndex("c", "ix_n", null);
        assertEquals("INPLACE", MariaDbLockAnalysis.online(drop, 0).algorithm());
        assertThrows(SQLException.class, () -> db.execute("ALTER TABLE `c` DROP INDEX `ix_n`, ALGORITHM=INSTANT"));
        db.execute("ALTER TABLE `c` DROP INDEX `ix_n`, " + MariaDbLockAnalysis.online(drop, 0).clause());
    }

    @Test
    void liveRowsReadsTheEstimatesOfTheTablesAskedForInOneQuery() throws Exception {
        base();
        db.execute("ANALYZE TABLE c", "ANALYZE TABLE p");
        try (java.sql.Connection connection = db.connect()) {
            Map<String, Long> rows = dialect.lockAnalysis().liveRows(connection,
                    List.of("c", db.name() + ".p", "missing", "other_db.c"));
            assertEquals(Map.of("c", 2L, db.name() + ".p", 2L), rows);
            assertEquals(Map.of(), dialect.lockAnalysis().liveRows(connection, List.of()));
        }
    }

    private static String with(String sql, String clause) {
        return sql.startsWith("CREATE INDEX") ? sql + " " + clause.replace(",", "") : sql + ", " + clause;
    }
}
