package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddColumnExpression;
import dev.autogen.runtime.ops.AddEnumValue;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddPrimaryKeyUsingIndex;
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
import dev.autogen.runtime.ops.CreateEnumType;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSchema;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropColumnExpression;
import dev.autogen.runtime.ops.DropEnumType;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropSchema;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.RenameSequence;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.ReplaceEnumType;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.TableDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ValidateConstraint;
import dev.autogen.runtime.ops.ViewDef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MariaDbDialectTest {
    private final MariaDbDialect dialect = new MariaDbDialect();

    private List<String> sql(MigrationOperation operation) {
        return dialect.toSql(operation);
    }

    private AutogenException refused(MigrationOperation operation) {
        AutogenException error = assertThrows(AutogenException.class, () -> dialect.toSql(operation));
        assertEquals(ErrorCode.MIGRATION_FAILED, error.code(), error.getMessage());
        return error;
    }

    @Test
    void createTableAsHibernateExportsIt() {
        TableDef table = new TableDef("Customer", List.of(
                ColumnDef.of("id", "bigint").notNull().generatedByDefaultAsIdentity(),
                ColumnDef.of("points", "integer").notNull().defaultValue("0").comment("loyalty points"),
                ColumnDef.of("tier", "tinyint"),
                ColumnDef.of("status", "enum ('ARCHIVED','DONE','OPEN')"),
                ColumnDef.of("vip", "bit").notNull().defaultValue("b'0'")),
                new PrimaryKeyDef("Customer_pkey", List.of("id")),
                List.of(new UniqueDef("uk_points", List.of("points", "tier"))),
                List.of(new CheckDef("tier", "tier between 0 and 2"), new CheckDef("positive", "points >= 0")));
        assertEquals(List.of("CREATE TABLE `Customer` (\n"
                + "    `id` bigint NOT NULL AUTO_INCREMENT,\n"
                + "    `points` integer NOT NULL DEFAULT 0 COMMENT 'loyalty points',\n"
                + "    `tier` tinyint CHECK (tier between 0 and 2),\n"
                + "    `status` enum ('ARCHIVED','DONE','OPEN'),\n"
                + "    `vip` bit NOT NULL DEFAULT b'0',\n"
                + "    PRIMARY KEY (`id`),\n"
                + "    CONSTRAINT `uk_points` UNIQUE (`points`, `tier`),\n"
                + "    CONSTRAINT `positive` CHECK (points >= 0)\n"
                + ") ENGINE=InnoDB"), sql(new CreateTable(table)));
    }

    @Test
    void tablesAndColumns() {
        assertEquals(List.of("DROP TABLE `billing`.`Invoice`"), sql(new DropTable("billing.Invoice", null)));
        assertEquals(List.of("RENAME TABLE `todo` TO `archive`.`todo_old`"),
                sql(new RenameTable("todo", "archive.todo_old")));
        assertEquals(List.of("ALTER TABLE `todo` COMMENT = 'it''s \\\\ done'"),
                sql(new AlterTableComment("todo", "it's \\ done", null)));
        assertEquals(List.of("ALTER TABLE `todo` COMMENT = ''"), sql(new AlterTableComment("todo", null, "x")));
        assertEquals(List.of("ALTER TABLE `todo` ADD COLUMN `due` datetime(6)"),
                sql(new AddColumn("todo", ColumnDef.of("due", "datetime(6)"))));
        assertEquals(List.of("ALTER TABLE `todo` DROP COLUMN `due`"), sql(new DropColumn("todo", "due", null)));
        assertEquals(List.of("ALTER TABLE `todo` RENAME COLUMN `due` TO `dueAt`"),
                sql(new RenameColumn("todo", "due", "dueAt")));
        assertEquals(List.of("ALTER TABLE `todo` ALTER COLUMN `done` SET DEFAULT b'0'"),
                sql(new AlterColumnDefault("todo", "done", "b'0'", null)));
        assertEquals(List.of("ALTER TABLE `todo` ALTER COLUMN `done` DROP DEFAULT"),
                sql(new AlterColumnDefault("todo", "done", null, "b'0'")));
    }

    @Test
    void notNullColumnsAreBackfilledThenRestated() {
        assertEquals(List.of("ALTER TABLE `todo` ADD COLUMN `owner` varchar(255) NOT NULL DEFAULT 'nobody'",
                        "ALTER TABLE `todo` ALTER COLUMN `owner` DROP DEFAULT"),
                sql(new AddColumn("todo", ColumnDef.of("owner", "varchar(255)").notNull().backfill("'nobody'"))));
        assertEquals(List.of("ALTER TABLE `todo` ADD COLUMN `rank` integer DEFAULT 1 COMMENT 'r'",
                        "UPDATE `todo` SET `rank` = (id * 2)",
                        "ALTER TABLE `todo` MODIFY COLUMN `rank` integer NOT NULL DEFAULT 1 COMMENT 'r'"),
                sql(new AddColumn("todo", ColumnDef.of("rank", "integer").notNull().defaultValue("1").comment("r")
                        .backfill("(id * 2)"))));
    }

    @Test
    void modifyRestatesTheWholeExistingColumn() {
        ColumnDef existing = ColumnDef.of("points", "integer").notNull().defaultValue("0").comment("loyalty")
                .generatedByDefaultAsIdentity();
        assertEquals(List.of("ALTER TABLE `c` MODIFY COLUMN `points` bigint NOT NULL DEFAULT 0 AUTO_INCREMENT"
                        + " COMMENT 'loyalty'"),
                dialect.alterColumnType(new AlterColumnType("c", "points", "bigint", "integer", null, null), existing));
        assertEquals(List.of("ALTER TABLE `c` MODIFY COLUMN `points` integer DEFAULT 0 AUTO_INCREMENT COMMENT 'loyalty'"),
                dialect.alterColumnNullability(new AlterColumnNullability("c", "points", true, null), existing));
        assertEquals(List.of("UPDATE `c` SET `points` = 0 WHERE `points` IS NULL",
                        "ALTER TABLE `c` MODIFY COLUMN `points` integer NOT NULL DEFAULT 0 AUTO_INCREMENT COMMENT 'loyalty'"),
                dialect.alterColumnNullability(new AlterColumnNullability("c", "points", false, "0"),
                        existing.withNullable(true)));
        assertEquals(List.of("ALTER TABLE `c` MODIFY COLUMN `points` integer NOT NULL DEFAULT 0 AUTO_INCREMENT"),
                dialect.alterColumnComment(new AlterColumnComment("c", "points", null, "loyalty"), existing));
        assertEquals(List.of("ALTER TABLE `c` MODIFY COLUMN `points` integer NOT NULL DEFAULT 0 AUTO_INCREMENT"
                        + " COMMENT 'o''k'"),
                dialect.alterColumnComment(new AlterColumnComment("c", "points", "o'k", "loyalty"), existing));
        assertTrue(assertThrows(AutogenException.class, () -> dialect.alterColumnType(
                new AlterColumnType("c", "points", "bigint", "integer", "points::bigint", null), existing))
                .getMessage().contains("USING"));
    }

    @Test
    void columnChangesWithoutTheWholeColumnAreRefused() {
        for (MigrationOperation op : List.of(new AlterColumnType("t", "c", "bigint", "integer", null, null),
                new AlterColumnNullability("t", "c", false, null), new AlterColumnComment("t", "c", "x", null),
                new SetNotNullViaCheck("t", "c", null), new DropColumnExpression("t", "c", null))) {
            String message = refused(op).getMessage();
            assertTrue(message.contains("must state the whole column") && message.contains(op.describe())
                    && message.contains("op.alterColumnType(\"t\", column("), message);
        }
    }

    @Test
    void keysUniquesChecksAndIndexes() {
        assertEquals(List.of("ALTER TABLE `t` ADD PRIMARY KEY (`a`, `b`)"),
                sql(new AddPrimaryKey("t", new PrimaryKeyDef("t_pkey", List.of("a", "b")))));
        assertEquals(List.of("ALTER TABLE `t` ADD PRIMARY KEY (`a`)"),
                sql(new AddPrimaryKeyUsingIndex("t", new PrimaryKeyDef(null, List.of("a")))));
        assertEquals(List.of("ALTER TABLE `t` DROP PRIMARY KEY"), sql(new DropPrimaryKey("t", "t_pkey", null)));
        assertEquals(List.of("ALTER TABLE `t` ADD CONSTRAINT `uk_a` UNIQUE (`a`)"),
                sql(new AddUnique("t", new UniqueDef("uk_a", List.of("a")))));
        assertEquals(List.of("ALTER TABLE `t` ADD CONSTRAINT `uk_a` UNIQUE (`a`)"),
                sql(new AddUniqueUsingIndex("t", new UniqueDef("uk_a", List.of("a")))));
        assertEquals(List.of("ALTER TABLE `t` DROP INDEX `uk_a`"), sql(new DropUnique("t", "uk_a", null)));
        assertEquals(List.of("ALTER TABLE `t` ADD CONSTRAINT `ck` CHECK (a > 0)"),
                sql(new AddCheck("t", new CheckDef("ck", "a > 0"), true)));
        assertEquals(List.of("ALTER TABLE `t` DROP CONSTRAINT `ck`"), sql(new DropCheck("t", "ck", null)));
        assertEquals(List.of("ALTER TABLE `t` ADD CONSTRAINT `FKx` FOREIGN KEY (`p_id`) REFERENCES `shop`.`p` (`id`)"
                        + " ON DELETE CASCADE"),
                sql(new AddForeignKey("t", new ForeignKeyDef("FKx", List.of("p_id"), "shop.p", List.of("id"),
                        ForeignKeyAction.CASCADE), true)));
        assertEquals(List.of("ALTER TABLE `t` DROP FOREIGN KEY `FKx`, DROP INDEX IF EXISTS `FKx`"),
                sql(new DropForeignKey("t", "FKx", null)));
        assertEquals(List.of(), sql(new ValidateConstraint("t", "FKx")));
        assertEquals(List.of("CREATE INDEX `ix` ON `t` (`email` DESC, `name`)"),
                sql(new CreateIndex("t", new IndexDef("ix", List.of("email", "name"), false).descending("email"), true)));
        assertEquals(List.of("CREATE UNIQUE INDEX `ux` ON `t` (`a`)"),
                sql(new CreateIndex("t", new IndexDef("ux", List.of("a"), true))));
        assertEquals(List.of("CREATE INDEX ix ON t ((lower(a)))"), sql(new CreateIndex("t",
                new IndexDef("ix", List.of("a"), false).definedAs("CREATE INDEX ix ON t ((lower(a)))"))));
        assertEquals(List.of("DROP INDEX `ix` ON `t`"), sql(new DropIndex("t", "ix", null, true)));
        assertEquals(List.of("ALTER TABLE `t` RENAME INDEX `ix` TO `iy`"), sql(new RenameIndex("t", "ix", "iy")));
    }

    @Test
    void sequencesSchemasViewsAndExecute() {
        assertEquals(List.of("CREATE SEQUENCE `Product_SEQ` START WITH 1 INCREMENT BY 50 NOCACHE"),
                sql(new CreateSequence(new SequenceDef("Product_SEQ", 1, 50))));
        assertEquals(List.of("CREATE SEQUENCE `s` START WITH 1 INCREMENT BY 50 NOCACHE",
                        "SET @autogen_sequence_restart = (SELECT GREATEST(COALESCE(MAX(`id`), 0) + 50, 1) FROM `p`)",
                        "EXECUTE IMMEDIATE CONCAT('ALTER SEQUENCE `s` RESTART WITH ', @autogen_sequence_restart)"),
                sql(new CreateSequence(new SequenceDef("s", 1, 50), new ContinueAfter("p", "id"))));
        assertEquals(List.of("DROP SEQUENCE `s`"), sql(new DropSequence("s", null)));
        assertEquals(List.of("RENAME TABLE `s` TO `z`"), sql(new RenameSequence("s", "z")));
        assertEquals(List.of("ALTER SEQUENCE `s` INCREMENT BY 10 START WITH 100"),
                sql(new AlterSequence(new SequenceDef("s", 100, 10), null)));
        assertEquals(List.of("CREATE SCHEMA IF NOT EXISTS `Billing`"), sql(new CreateSchema("Billing")));
        List<String> drop = sql(new DropSchema("Billing"));
        assertEquals(2, drop.size());
        assertTrue(drop.get(0).startsWith("BEGIN NOT ATOMIC IF EXISTS (SELECT 1 FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = 'Billing') THEN SIGNAL SQLSTATE '45000'"), drop.get(0));
        assertEquals("DROP SCHEMA `Billing`", drop.get(1));
        assertEquals(List.of("CREATE VIEW `v` AS select 1"), sql(new CreateView(new ViewDef("v", "select 1"))));
        assertEquals(List.of("CREATE OR REPLACE VIEW `v` AS select 2"),
                sql(new ReplaceView(new ViewDef("v", "select 2"), new ViewDef("v", "select 1"))));
        assertEquals(List.of("DROP VIEW IF EXISTS `v`"), sql(new DropView("v", null, true)));
        assertEquals(List.of("DROP VIEW `v`"), sql(new DropView("v", null)));
        assertEquals(List.of("UPDATE t SET a = 'x;' WHERE `b` IS NULL"),
                sql(new ExecuteSql("UPDATE t SET a = 'x;' WHERE `b` IS NULL", null)));
        assertEquals("mariadb", dialect.name());
    }

    @Test
    void generatedColumns() {
        ColumnDef generated = ColumnDef.of("total", "integer").notNull().generatedAs("a + b");
        assertEquals(List.of("ALTER TABLE `t` DROP COLUMN `total`",
                        "ALTER TABLE `t` ADD COLUMN `total` integer GENERATED ALWAYS AS (a + b) STORED"),
                sql(new AddColumnExpression("t", generated)));
        assertEquals(List.of("ALTER TABLE `t` MODIFY COLUMN `total` integer NOT NULL"),
                sql(new DropColumnExpression("t", "total", generated)));
    }

    @Test
    void operationsWithoutMariaDbMeaningAreRefusedWithAdvice() {
        EnumTypeDef type = new EnumTypeDef("status", List.of("A", "B"));
        for (MigrationOperation op : List.of(new CreateEnumType(type), new DropEnumType("status", type),
                new AddEnumValue("status", "C", null, null, type, List.of()),
                new ReplaceEnumType(type, type.withValues(List.of("A")), List.of()))) {
            assertTrue(refused(op).getMessage().contains("MariaDB has no enum types"), op.describe());
        }
        String rename = refused(new RenameConstraint("t", "uk_a", "uk_b")).getMessage();
        assertTrue(rename.contains("op.renameIndex(\"t\", \"uk_a\", \"uk_b\")"), rename);
        assertTrue(refused(new AddIdentity("t", "id", Identity.BY_DEFAULT)).getMessage().contains("AUTO_INCREMENT"));
        assertTrue(refused(new DropIdentity("t", "id", Identity.BY_DEFAULT)).getMessage().contains("MODIFY COLUMN"));
    }

    @Test
    void hostileNamesAndTextStayInsideTheirQuotes() {
        String name = "we`ird'\"\\ name";
        assertEquals(List.of("ALTER TABLE `we``ird'\"\\ name` DROP COLUMN `a``; DROP TABLE x; --`"),
                sql(new DropColumn(name, "a`; DROP TABLE x; --", null)));
        assertEquals(List.of("ALTER TABLE `t` ADD COLUMN `c` text COMMENT 'x\\\\'' ; DROP TABLE t; -- \\0'"),
                sql(new AddColumn("t", ColumnDef.of("c", "text").comment("x\\' ; DROP TABLE t; -- \0"))));
        assertEquals("'\\\\'''", MariaDbIdentifiers.literal("\\'"));
    }

    @Test
    void namesOverSixtyFourCharactersAreRefusedByName() {
        String fits = "a".repeat(64);
        assertEquals(List.of("DROP TABLE `" + fits + "`"), sql(new DropTable(fits, null)));
        String tooLong = "Ä".repeat(65);
        AutogenException error = refused(new CreateIndex("t", new IndexDef(tooLong, List.of("a"), false)));
        assertTrue(error.getMessage().contains(tooLong) && error.getMessage().contains("65 characters")
                && error.getMessage().contains("error 1059"), error.getMessage());
        refused(new CreateTable(TableDef.of("t", ColumnDef.of("b".repeat(65), "int"))));
        refused(new DropTable("", null));
    }

    /** Every operation type renders, runs nothing by design, or is refused for MariaDB: none is missing from the registry. */
    @Test
    void everyOperationTypeIsRenderedOrRefused() {
        ColumnDef column = ColumnDef.of("c", "integer");
        PrimaryKeyDef key = new PrimaryKeyDef(null, List.of("c"));
        UniqueDef unique = new UniqueDef("u", List.of("c"));
        CheckDef check = new CheckDef("k", "c > 0");
        IndexDef index = new IndexDef("i", List.of("c"), false);
        ForeignKeyDef fk = new ForeignKeyDef("f", List.of("c"), "other", List.of("c"), null);
        SequenceDef sequence = new SequenceDef("s", 1, 1);
        List<MigrationOperation> samples = List.of(
                new CreateTable(TableDef.of("t", column)), new DropTable("t", null),
                new AddColumn("t", column), new DropColumn("t", "c", null),
                new AddPrimaryKey("t", key), new DropPrimaryKey("t", null, null),
                new AddUnique("t", unique), new DropUnique("t", "u", null),
                new AddCheck("t", check), new DropCheck("t", "k", null),
                new CreateIndex("t", index), new DropIndex("t", "i", null),
                new AddForeignKey("t", fk), new DropForeignKey("t", "f", null),
                new CreateSequence(sequence), new DropSequence("s", null),
                new ExecuteSql("SELECT 1", null),
                new AlterColumnType("t", "c", "bigint", null, null, null),
                new AlterColumnNullability("t", "c", true, null),
                new AlterColumnDefault("t", "c", "0", null),
                new AddIdentity("t", "c", Identity.BY_DEFAULT), new DropIdentity("t", "c", null),
                new AlterColumnComment("t", "c", null, null), new AlterTableComment("t", "x", null),
                new RenameTable("t", "u"), new RenameColumn("t", "c", "d"),
                new RenameConstraint("t", "u", "v"), new RenameIndex("t", "i", "j"),
                new RenameSequence("s", "z"), new AlterSequence(sequence, null),
                new CreateSchema("b"), new DropSchema("b"),
                new ValidateConstraint("t", "k"), new SetNotNullViaCheck("t", "c", null),
                new AddUniqueUsingIndex("t", unique), new AddPrimaryKeyUsingIndex("t", key),
                new CreateEnumType(new EnumTypeDef("e", List.of("A"))), new DropEnumType("e", null),
                new AddEnumValue("e", "B", null, null, null, List.of()),
                new ReplaceEnumType(new EnumTypeDef("e", List.of("A", "B")), new EnumTypeDef("e", List.of("A")), List.of()),
                new CreateView(new ViewDef("v", "select 1")), new DropView("v", null),
                new ReplaceView(new ViewDef("v", "select 2"), null),
                new DropColumnExpression("t", "c", null),
                new AddColumnExpression("t", ColumnDef.of("c", "integer").generatedAs("a + 1")));
        Set<Class<?>> covered = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.of(MigrationOperation.class.getPermittedSubclasses()), covered);
        Set<Class<?>> refusedTypes = Set.of(AlterColumnType.class, AlterColumnNullability.class,
                AlterColumnComment.class, SetNotNullViaCheck.class, DropColumnExpression.class, AddIdentity.class,
                DropIdentity.class, RenameConstraint.class, CreateEnumType.class, DropEnumType.class,
                AddEnumValue.class, ReplaceEnumType.class);
        for (MigrationOperation operation : samples) {
            if (refusedTypes.contains(operation.getClass())) {
                refused(operation);
                continue;
            }
            List<String> statements = dialect.toSql(operation);
            assertEquals(operation instanceof ValidateConstraint, statements.isEmpty(), operation.describe());
            assertFalse(statements.stream().anyMatch(s -> s.isBlank() || s.strip().endsWith(";")),
                    () -> operation.describe() + " -> " + statements);
        }
    }
}
