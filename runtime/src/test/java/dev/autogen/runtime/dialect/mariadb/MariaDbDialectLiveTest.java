package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddColumnExpression;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.AlterSequence;
import dev.autogen.runtime.ops.AlterTableComment;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ContinueAfter;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSchema;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropSchema;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.RenameSequence;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.TableDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each renderable operation applied on MariaDB 10.11, its effect read back from the server, then its
 * reverse applied and the schema compared with what it was before.
 */
@Tag("mariadb")
class MariaDbDialectLiveTest {
    @RegisterExtension
    static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass().emptiedBeforeEach();

    private final MariaDbDialect dialect = new MariaDbDialect();

    @BeforeEach
    void baseSchema() throws SQLException {
        db.execute("CREATE TABLE p (id bigint NOT NULL AUTO_INCREMENT, name varchar(20), PRIMARY KEY (id)) ENGINE=InnoDB",
                "CREATE TABLE c (id bigint NOT NULL, p_id bigint, n int NOT NULL DEFAULT 1 COMMENT 'count',"
                        + " v varchar(20), PRIMARY KEY (id)) ENGINE=InnoDB",
                "INSERT INTO p (name) VALUES ('a'), ('b'), (NULL)",
                "INSERT INTO c VALUES (1, 1, 5, 'x'), (2, 2, 7, NULL)");
    }

    private void apply(MigrationOperation op) throws SQLException {
        db.execute(dialect.toSql(op));
    }

    /** Applies the operation, runs the check, applies the reverse and compares the schema with the one before. */
    private void roundTrip(MigrationOperation op, Check check) throws Exception {
        Map<String, String> before = schema();
        apply(op);
        check.run();
        assertFalse(before.equals(schema()) && !(op instanceof ExecuteSql), "no change: " + op.describe());
        apply(op.reverse());
        assertEquals(before, schema(), "reverse of " + op.describe());
    }

    private interface Check {
        void run() throws Exception;
    }

    /** Every table, sequence and view as the server shows it, the AUTO_INCREMENT counter left out. */
    private Map<String, String> schema() throws SQLException {
        Map<String, String> schema = new LinkedHashMap<>();
        for (List<String> row : db.query("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME")) {
            String kind = switch (row.get(1)) {
                case "SEQUENCE" -> "SEQUENCE";
                case "VIEW" -> "VIEW";
                default -> "TABLE";
            };
            String show = db.query("SHOW CREATE " + kind + " `" + row.get(0).replace("`", "``") + "`").get(0).get(1);
            schema.put(row.get(0), show.replaceAll(" AUTO_INCREMENT=\\d+", ""));
        }
        for (List<String> row : db.query("SELECT CONSTRAINT_NAME, TABLE_NAME, LEVEL, CHECK_CLAUSE FROM"
                + " information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY 1, 2")) {
            schema.put("check " + row.get(1) + "." + row.get(0), row.get(2) + " " + row.get(3));
        }
        return schema;
    }

    private String create(String table) throws SQLException {
        return db.query("SHOW CREATE TABLE `" + table + "`").get(0).get(1);
    }

    private String sequence(String name) throws SQLException {
        return db.query("SHOW CREATE SEQUENCE `" + name + "`").get(0).get(1);
    }

    private boolean exists(String table) throws SQLException {
        return !db.column("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = " + MariaDbIdentifiers.literal(table)).isEmpty();
    }

    private String column(String table, String column, String what) throws SQLException {
        return db.column("SELECT " + what + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = " + MariaDbIdentifiers.literal(table) + " AND COLUMN_NAME = "
                + MariaDbIdentifiers.literal(column)).get(0);
    }

    @Test
    void createTableGivesTheSchemaOfHibernatesExport() throws Exception {
        db.execute("create table hib (id bigint not null auto_increment, code varchar(20) default 'abc' not null,"
                + " tier tinyint check ((tier between 0 and 2)), status enum ('ARCHIVED','DONE','OPEN'),"
                + " points integer default 0 not null comment 'loyalty points', vip bit, externalId uuid,"
                + " primary key (id), check (points >= 0)) engine=InnoDB",
                "alter table if exists hib add constraint UK_code unique (code)");
        TableDef table = new TableDef("ours", List.of(
                ColumnDef.of("id", "bigint").notNull().generatedByDefaultAsIdentity(),
                ColumnDef.of("code", "varchar(20)").notNull().defaultValue("'abc'"),
                ColumnDef.of("tier", "tinyint"),
                ColumnDef.of("status", "enum ('ARCHIVED','DONE','OPEN')"),
                ColumnDef.of("points", "integer").notNull().defaultValue("0").comment("loyalty points"),
                ColumnDef.of("vip", "bit"),
                ColumnDef.of("externalId", "uuid")),
                new PrimaryKeyDef(null, List.of("id")), List.of(new UniqueDef("UK_code", List.of("code"))),
                List.of(new CheckDef("tier", "(tier between 0 and 2)"), new CheckDef("CONSTRAINT_1", "points >= 0")));
        roundTrip(new CreateTable(table), () -> {
            assertEquals(create("hib").replace("`hib`", "`ours`"), create("ours"));
            assertEquals(db.query("SELECT CONSTRAINT_NAME, LEVEL, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                            + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'hib' ORDER BY 1"),
                    db.query("SELECT CONSTRAINT_NAME, LEVEL, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                            + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'ours' ORDER BY 1"));
        });
    }

    /** Foreign-key names are unique per database, so Hibernate's export goes into a database of its own. */
    @Test
    void keysIndexesAndSequencesGiveTheSchemaOfHibernatesExport() throws Exception {
        String table = "create table t (id bigint not null, p_id bigint, email varchar(320), lastName varchar(255),"
                + " primary key (id)) engine=InnoDB";
        try (MariaDbTestDatabase hibernate = MariaDbTestDatabase.create()) {
            hibernate.execute("create table p (id bigint not null, primary key (id)) engine=InnoDB", table,
                    "alter table if exists t add constraint FK_x foreign key (p_id) references p (id) on delete cascade",
                    "alter table if exists t add constraint UK_x unique (email)",
                    "create index ix_x on t (email desc, lastName)",
                    "create sequence t_SEQ start with 1 increment by 50 nocache");
            db.execute(table);
            apply(new AddForeignKey("t", new ForeignKeyDef("FK_x", List.of("p_id"), "p", List.of("id"),
                    ForeignKeyAction.CASCADE)));
            apply(new AddUnique("t", new UniqueDef("UK_x", List.of("email"))));
            apply(new CreateIndex("t", new IndexDef("ix_x", List.of("email", "lastName"), false).descending("email")));
            apply(new CreateSequence(new SequenceDef("t_SEQ", 1, 50)));
            assertEquals(hibernate.query("SHOW CREATE TABLE t").get(0).get(1), create("t"));
            assertEquals(hibernate.query("SHOW CREATE SEQUENCE t_SEQ").get(0).get(1), sequence("t_SEQ"));
        }
    }

    @Test
    void columns() throws Exception {
        roundTrip(new AddColumn("c", ColumnDef.of("due", "datetime(6)").comment("when")),
                () -> assertEquals("when", column("c", "due", "COLUMN_COMMENT")));
        roundTrip(new AddColumn("c", ColumnDef.of("owner", "varchar(30)").notNull().backfill("'nobody'")), () -> {
            assertEquals(List.of("nobody", "nobody"), db.column("SELECT owner FROM c"));
            assertEquals("NO", column("c", "owner", "IS_NULLABLE"));
            assertEquals(null, column("c", "owner", "COLUMN_DEFAULT"));
        });
        roundTrip(new AddColumn("c", ColumnDef.of("twice", "bigint").notNull().defaultValue("0").backfill("(n * 2)")),
                () -> {
                    assertEquals(List.of("10", "14"), db.column("SELECT twice FROM c ORDER BY id"));
                    assertEquals("NO", column("c", "twice", "IS_NULLABLE"));
                    assertEquals("0", column("c", "twice", "COLUMN_DEFAULT"));
                });
        roundTrip(new RenameColumn("c", "v", "label"), () -> assertEquals(List.of("x"),
                db.column("SELECT label FROM c WHERE id = 1")));
        roundTrip(new AlterColumnDefault("c", "n", "42", "1"), () -> assertEquals("42", column("c", "n", "COLUMN_DEFAULT")));
        roundTrip(new AlterColumnDefault("c", "n", null, "1"), () -> assertEquals(null, column("c", "n", "COLUMN_DEFAULT")));
        roundTrip(new DropColumn("c", "v", ColumnDef.of("v", "varchar(20)")), () ->
                assertTrue(db.column("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = 'c' AND COLUMN_NAME = 'v'").isEmpty()));
    }

    @Test
    void modifyKeepsWhatItRestates() throws Exception {
        ColumnDef existing = ColumnDef.of("n", "int").notNull().defaultValue("1").comment("count");
        db.execute(dialect.alterColumnType(new AlterColumnType("c", "n", "bigint", "int", null, null), existing));
        assertTrue(create("c").contains("`n` bigint(20) NOT NULL DEFAULT 1 COMMENT 'count'"), create("c"));
        db.execute(dialect.alterColumnNullability(new AlterColumnNullability("c", "n", true, null),
                existing.withNullable(true).defaultValue("1")));
        assertTrue(create("c").contains("`n` int(11) DEFAULT 1 COMMENT 'count'"), create("c"));
        db.execute("UPDATE c SET n = NULL WHERE id = 2");
        db.execute(dialect.alterColumnNullability(new AlterColumnNullability("c", "n", false, "0"),
                existing.withNullable(true)));
        assertTrue(create("c").contains("`n` int(11) NOT NULL DEFAULT 1 COMMENT 'count'"), create("c"));
        assertEquals(List.of("5", "0"), db.column("SELECT n FROM c ORDER BY id"));
        db.execute(dialect.alterColumnComment(new AlterColumnComment("c", "n", "it's \\ a \"count\"", "count"), existing));
        assertEquals("it's \\ a \"count\"", column("c", "n", "COLUMN_COMMENT"));
        db.execute("CREATE TABLE ai (id bigint NOT NULL AUTO_INCREMENT, PRIMARY KEY (id))");
        db.execute(dialect.alterColumnComment(new AlterColumnComment("ai", "id", "key", null),
                ColumnDef.of("id", "bigint").notNull().generatedByDefaultAsIdentity()));
        assertTrue(create("ai").contains("`id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'key'"), create("ai"));
    }

    @Test
    void generatedColumnsKeepTheirValuesWhenMadeOrdinary() throws Exception {
        ColumnDef generated = ColumnDef.of("n2", "int").generatedAs("n * 2");
        apply(new AddColumn("c", ColumnDef.of("n2", "int")));
        roundTrip(new AddColumnExpression("c", generated), () -> {
            assertEquals(List.of("10", "14"), db.column("SELECT n2 FROM c ORDER BY id"));
            assertEquals("STORED GENERATED", column("c", "n2", "EXTRA"));
        });
        apply(new AddColumnExpression("c", generated));
        apply(new AddColumnExpression("c", generated).reverse());
        assertEquals(List.of("10", "14"), db.column("SELECT n2 FROM c ORDER BY id"));
        assertEquals("", column("c", "n2", "EXTRA"));
    }

    @Test
    void tables() throws Exception {
        roundTrip(new AlterTableComment("c", "children's \\ table", null),
                () -> assertTrue(create("c").endsWith("COMMENT='children''s \\\\ table'"), create("c")));
        roundTrip(new RenameTable("c", "kids"), () -> assertTrue(db.exists("kids")));
        TableDef t = TableDef.of("t", ColumnDef.of("id", "bigint").notNull());
        apply(new CreateTable(t));
        roundTrip(new DropTable("t", t), () -> assertFalse(db.exists("t")));
    }

    @Test
    void keysUniquesChecksAndIndexes() throws Exception {
        PrimaryKeyDef key = new PrimaryKeyDef("c_pkey", List.of("id"));
        roundTrip(new DropPrimaryKey("c", "c_pkey", key), () -> assertFalse(create("c").contains("PRIMARY KEY")));
        apply(new DropPrimaryKey("c", null, key));
        roundTrip(new AddPrimaryKey("c", new PrimaryKeyDef(null, List.of("id", "n"))),
                () -> assertTrue(create("c").contains("PRIMARY KEY (`id`,`n`)"), create("c")));
        apply(new AddPrimaryKey("c", key));
        UniqueDef unique = new UniqueDef("uk_c_v", List.of("v"));
        roundTrip(new AddUnique("c", unique), () -> assertTrue(create("c").contains("UNIQUE KEY `uk_c_v` (`v`)")));
        roundTrip(new AddUniqueUsingIndex("c", unique), () -> assertTrue(create("c").contains("UNIQUE KEY `uk_c_v`")));
        apply(new AddUnique("c", unique));
        roundTrip(new DropUnique("c", "uk_c_v", unique), () -> assertFalse(create("c").contains("uk_c_v")));
        roundTrip(new AddCheck("c", new CheckDef("ck_n", "n > 0"), true),
                () -> assertTrue(create("c").contains("CONSTRAINT `ck_n` CHECK (`n` > 0)"), create("c")));
        assertThrows(SQLException.class, () -> apply(new AddCheck("c", new CheckDef("ck_big", "n > 6"))));
        IndexDef index = new IndexDef("ix_c_v", List.of("v", "n"), false).descending("n");
        roundTrip(new CreateIndex("c", index, true), () -> assertTrue(create("c").contains("KEY `ix_c_v` (`v`,`n` DESC)")));
        apply(new CreateIndex("c", index));
        roundTrip(new RenameIndex("c", "ix_c_v", "ix_c_v2"), () -> assertTrue(create("c").contains("KEY `ix_c_v2`")));
        roundTrip(new DropIndex("c", "ix_c_v", index), () -> assertFalse(create("c").contains("ix_c_v")));
    }

    @Test
    void foreignKeysTakeTheirIndexWithThem() throws Exception {
        ForeignKeyDef fk = new ForeignKeyDef("FK_c_p", List.of("p_id"), "p", List.of("id"), ForeignKeyAction.CASCADE);
        roundTrip(new AddForeignKey("c", fk, true), () -> {
            assertTrue(create("c").contains("CONSTRAINT `FK_c_p` FOREIGN KEY (`p_id`) REFERENCES `p` (`id`) ON DELETE CASCADE"),
                    create("c"));
            assertTrue(create("c").contains("KEY `FK_c_p` (`p_id`)"), create("c"));
        });
        db.execute("CREATE INDEX ix_c_p ON c (p_id)");
        roundTrip(new AddForeignKey("c", fk), () -> assertFalse(create("c").contains("KEY `FK_c_p` (")));
        db.execute("DROP INDEX ix_c_p ON c");
        apply(new AddForeignKey("c", fk));
        roundTrip(new DropForeignKey("c", "FK_c_p", fk), () -> assertFalse(create("c").contains("FK_c_p"), create("c")));
    }

    @Test
    void sequencesContinueAfterTheRowsThere() throws Exception {
        SequenceDef sequence = new SequenceDef("p_SEQ", 1, 50);
        roundTrip(new CreateSequence(sequence, new ContinueAfter("p", "id")), () -> {
            assertTrue(sequence("p_SEQ").contains("nocache"), sequence("p_SEQ"));
            assertEquals(List.of("53"), db.column("SELECT NEXTVAL(`p_SEQ`)"));
        });
        apply(new CreateSequence(sequence));
        roundTrip(new AlterSequence(new SequenceDef("p_SEQ", 100, 10), sequence),
                () -> assertTrue(sequence("p_SEQ").contains("start with 100")
                        && sequence("p_SEQ").contains("increment by 10"), sequence("p_SEQ")));
        roundTrip(new RenameSequence("p_SEQ", "P_SEQ2"), () -> assertTrue(db.exists("P_SEQ2")));
    }

    @Test
    void viewsAndSchemas() throws Exception {
        ViewDef view = new ViewDef("named", "select id, name from p where name is not null");
        roundTrip(new CreateView(view), () -> assertEquals(List.of("a", "b"), db.column("SELECT name FROM named ORDER BY 1")));
        apply(new CreateView(view));
        roundTrip(new ReplaceView(new ViewDef("named", "select id, name from p"), view),
                () -> assertEquals(3, db.column("SELECT id FROM named").size()));
        roundTrip(new DropView("named", view), () -> assertFalse(db.exists("named")));
        String schema = db.name() + "_x";
        try {
            apply(new CreateSchema(schema));
            apply(new CreateSchema(schema));
            apply(new CreateTable(TableDef.of(schema + ".t", ColumnDef.of("id", "int"))));
            SQLException refused = assertThrows(SQLException.class, () -> apply(new DropSchema(schema)));
            assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());
            apply(new DropTable(schema + ".t", null));
            apply(new DropSchema(schema));
            assertTrue(db.column("SHOW DATABASES LIKE '" + schema + "'").isEmpty());
        } finally {
            db.execute("DROP DATABASE IF EXISTS `" + schema + "`");
        }
    }

    @Test
    void noTextBreaksOutOfItsLiteralUnderNoBackslashEscapes() throws Exception {
        String comment = "x\\' , COMMENT = 'injected";
        try (java.sql.Connection connection = db.connect(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
            for (String sql : dialect.toSql(new AlterTableComment("c", comment, null))) {
                statement.execute(sql);
            }
        }
        assertEquals(List.of(comment.replace("\\", "\\\\")), db.column("SELECT TABLE_COMMENT FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'c'"));
    }

    @Test
    void hostileNamesAndTextRoundTrip() throws Exception {
        String table = "we`ird'\"\\ ; name";
        String comment = "x\\' ; DROP TABLE p; -- \\0 '' \" `";
        TableDef def = TableDef.of(table, ColumnDef.of("a`b", "varchar(10)").defaultValue("'q''\\\\'").comment(comment));
        apply(new CreateTable(def));
        assertTrue(exists(table));
        assertEquals(comment, column(table, "a`b", "COLUMN_COMMENT"));
        assertEquals("'q''\\\\'", column(table, "a`b", "COLUMN_DEFAULT"));
        apply(new AlterTableComment(table, comment, null));
        assertEquals(List.of(comment), db.column("SELECT TABLE_COMMENT FROM information_schema.TABLES WHERE"
                + " TABLE_SCHEMA = DATABASE() AND TABLE_NAME = " + MariaDbIdentifiers.literal(table)));
        apply(new DropTable(table, def));
        assertFalse(exists(table));
        assertTrue(db.exists("p"));
        List<String> names = new ArrayList<>();
        names.add("x".repeat(64));
        apply(new CreateTable(TableDef.of(names.get(0), ColumnDef.of("id", "int"))));
        assertTrue(db.exists(names.get(0)));
    }
}
