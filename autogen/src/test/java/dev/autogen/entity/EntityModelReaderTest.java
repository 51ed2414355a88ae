package dev.autogen.entity;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the target schema from entity fixtures. */
class EntityModelReaderTest {
    private static SchemaModel todoV1;
    private static SchemaModel todoV2;
    private static SchemaModel shop;

    @BeforeAll
    static void read() {
        todoV1 = read("dev.autogen.fixtures.todo.v1");
        todoV2 = read("dev.autogen.fixtures.todo.v2");
        shop = read("dev.autogen.fixtures.shop");
    }

    private static SchemaModel read(String entityPackage) {
        return new EntityModelReader(EntityModelReaderTest.class.getClassLoader(), List.of(entityPackage), Map.of(),
                "test").read();
    }

    private static TableModel table(SchemaModel model, String name) {
        TableModel table = model.tables().get(name);
        assertTrue(table != null, () -> "no table " + name + " in " + model.tables().keySet());
        return table;
    }

    private static ColumnDef column(TableModel table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in "
                + table.columns().stream().map(ColumnDef::name).toList()));
    }

    @Test
    void unquotedTableAndColumnNamesAreFoldedToLowerCase() {
        assertEquals(Set.of("todolist", "todos"), todoV1.tables().keySet());
        TableModel todos = table(todoV1, "todos");
        assertEquals(List.of("id", "createdat", "estimate", "obsolete", "status", "title", "list_id"),
                todos.columns().stream().map(ColumnDef::name).toList());
    }

    @Test
    void unquotedNonAsciiLettersKeepTheirCaseAsPostgresFoldsOnlyAToZ() {
        TableModel apfel = table(read("dev.autogen.fixtures.names"), "Äpfel");

        assertEquals(List.of("id", "größe"), apfel.columns().stream().map(ColumnDef::name).toList());
    }

    @Test
    void doubledQuotesInAQuotedNameAreOneQuoteAndADotStaysInTheName() {
        SchemaModel names = read("dev.autogen.fixtures.names");
        TableModel greeting = table(names, "say \"hi\"");
        TableModel dotted = table(names, "\"a.b\"");

        assertEquals(Set.of(), names.schemas());
        assertEquals(List.of("id", "a\"b", "dotted_id"), greeting.columns().stream().map(ColumnDef::name).toList());
        assertEquals("\"a.b\"", greeting.foreignKeys().get(0).referencedTable());
        assertEquals("a.b", dev.autogen.runtime.dialect.PostgresIdentifiers.nameOf(dotted.name()));
    }

    @Test
    void aTableNameLongerThanPostgresKeepsIsRefusedNamingItAndItsShortForm() {
        AutogenException error = assertThrows(AutogenException.class, () -> read("dev.autogen.fixtures.longtable"));

        assertEquals(ErrorCode.ENTITY_MODEL, error.code());
        assertTrue(error.getMessage().contains("a_table_name_that_is_far_too_long_for_postgresql_to_keep_in_full_xxxx"),
                error.getMessage());
        assertTrue(error.getMessage().contains("dev.autogen.fixtures.longtable.LongTable"), error.getMessage());
        assertTrue(error.getMessage().contains("69 bytes"), error.getMessage());
        assertTrue(error.getMessage().contains(" a_table_name_that_is_far_too_long_for_postgresql_to_keep_in_ful."),
                error.getMessage());
    }

    @Test
    void twoUniqueKeysWhoseNamesMeetAtTheCutAreNumberedAsPostgresNumbersThem() {
        TableModel table = table(read("dev.autogen.fixtures.longuniques"), "abcdefghij_abcdefghij_abcdefghij_abcdefghij_x");

        assertEquals(List.of("abcdefghij_abcdefghij_abcdefg_unique_column_with_a_long_na_key1",
                        "abcdefghij_abcdefghij_abcdefg_unique_column_with_a_long_nam_key"),
                table.uniques().stream().map(unique -> unique.name()).toList());
        assertEquals(List.of(List.of("unique_column_with_a_long_name_here_aaaa2"),
                List.of("unique_column_with_a_long_name_here_aaaa1")), table.uniques().stream().map(u -> u.columns()).toList());
    }

    @Test
    void twoTablesWhosePrimaryKeysMeetAtTheCutAreRefused() {
        AutogenException error = assertThrows(AutogenException.class, () -> read("dev.autogen.fixtures.longkeys"));

        assertEquals(ErrorCode.ENTITY_MODEL, error.code());
        assertTrue(error.getMessage().contains("abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdxx_a")
                && error.getMessage().contains("abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdxx_b")
                && error.getMessage().contains("_pkey"), error.getMessage());
    }

    @Test
    void aColumnNameIsMeasuredInBytesOfUtf8() {
        AutogenException error = assertThrows(AutogenException.class, () -> read("dev.autogen.fixtures.longcolumn"));

        assertEquals(ErrorCode.ENTITY_MODEL, error.code());
        assertTrue(error.getMessage().contains("column name"), error.getMessage());
        assertTrue(error.getMessage().contains("table LongColumn"), error.getMessage());
        assertTrue(error.getMessage().contains("66 bytes"), error.getMessage());
        assertTrue(error.getMessage().contains("\"" + "ä".repeat(31) + "\""), error.getMessage());
    }

    @Test
    void aLoneQuoteInAQuotedNameIsRefused() {
        AutogenException error = assertThrows(AutogenException.class, () -> read("dev.autogen.fixtures.lonequote"));

        assertEquals(ErrorCode.ENTITY_MODEL, error.code());
        assertTrue(error.getMessage().contains("lone double quote"), error.getMessage());
    }

    @Test
    void hibernateSettingsSuchAsANamingStrategyApply() {
        SchemaModel underscored = new EntityModelReader(getClass().getClassLoader(),
                List.of("dev.autogen.fixtures.todo.v1"), Map.of("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"), "test").read();

        assertEquals(Set.of("todo_list", "todos"), underscored.tables().keySet());
        assertTrue(table(underscored, "todos").column("created_at").isPresent());
        assertEquals("todo_list", table(underscored, "todos").foreignKeys().get(0).referencedTable());
        assertTrue(underscored.sequences().containsKey("todo_list_seq"), underscored.sequences()::toString);
    }

    @Test
    void columnTypesNullabilityAndLengthsAreHibernates() {
        TableModel todos = table(todoV1, "todos");
        assertEquals(ColumnDef.of("createdat", "timestamp(6) with time zone"), column(todos, "createdat"));
        assertEquals(ColumnDef.of("estimate", "numeric(38,2)"), column(todos, "estimate"));
        assertEquals(ColumnDef.of("title", "varchar(255)").notNull(), column(todos, "title"));
        assertEquals(ColumnDef.of("list_id", "bigint").notNull(), column(todos, "list_id"));
        assertEquals(ColumnDef.of("name", "varchar(120)").notNull(), column(table(todoV1, "todolist"), "name"));
    }

    @Test
    void quotedNamesKeepTheirCase() {
        assertTrue(shop.tables().containsKey("AuditEntry"), () -> shop.tables().keySet().toString());
        TableModel audit = table(shop, "AuditEntry");
        assertEquals(List.of("id", "changedcolumn", "CreatedBy", "order", "invoice_id"),
                audit.columns().stream().map(ColumnDef::name).toList());
        assertEquals(ColumnDef.of("order", "integer").notNull(), column(audit, "order"));
    }

    @Test
    void identityStrategyGivesAnIdentityColumnAndNoSequence() {
        ColumnDef id = column(table(todoV1, "todos"), "id");

        assertEquals(Identity.BY_DEFAULT, id.identity());
        assertFalse(id.nullable());
        assertFalse(todoV1.sequences().containsKey("todos_seq"));
    }

    @Test
    void defaultGeneratedLongIdGivesASequenceWithIncrementFifty() {
        assertEquals(Map.of("todolist_seq", new SequenceDef("todolist_seq", 1, 50)), todoV1.sequences());
        assertEquals(Identity.NONE, column(table(todoV1, "todolist"), "id").identity());
    }

    @Test
    void sequenceGeneratorGivesItsNameStartAndIncrement() {
        assertEquals(new SequenceDef("address_ids", 100, 10), shop.sequences().get("address_ids"));
    }

    @Test
    void primaryKeyIsLeftForTheDatabaseToName() {
        assertEquals(new PrimaryKeyDef(null, List.of("id")), table(todoV1, "todos").primaryKey());
    }

    @Test
    void singleColumnUniqueIsNamedAsPostgresNamesIt() {
        assertEquals(List.of(new UniqueDef("todolist_name_key", List.of("name"))),
                table(todoV1, "todolist").uniques());
        assertEquals(List.of(new UniqueDef("tag_label_key", List.of("label"))), table(todoV2, "tag").uniques());
    }

    @Test
    void namedCompositeUniqueAndUniqueIndexKeepTheirNames() {
        List<UniqueDef> uniques = table(shop, "customer").uniques();

        assertTrue(uniques.contains(new UniqueDef("uk_customer_full_name", List.of("firstname", "lastname"))),
                uniques::toString);
        assertTrue(uniques.contains(new UniqueDef("ix_customer_email", List.of("email"))), uniques::toString);
        assertTrue(uniques.contains(new UniqueDef("customer_address_id_key", List.of("address_id"))),
                "a one-to-one makes its column unique: " + uniques);
    }

    @Test
    void unnamedCompositeUniqueIsNamedAsPostgresNamesIt() {
        assertEquals(List.of(new UniqueDef("customer_nicknames_customer_id_nicknames_key",
                List.of("customer_id", "nicknames"))), table(shop, "customer_nicknames").uniques());
    }

    @Test
    void constraintNamesAreTruncatedToSixtyThreeBytesAsPostgresTruncatesThem() {
        TableModel table = table(shop, "a_rather_long_table_name_that_tests_identifier_truncation");

        assertEquals(List.of(
                "a_rather_long_table_name_that_averylongcolumnnamethatgoeson_key",
                "a_rather_long_table_name_that_secondlongishcolumnname_third_key"),
                table.uniques().stream().map(UniqueDef::name).toList());
        assertEquals(List.of("a_rather_long_table_name_tha_alongenumeratedcolumnnamefor_check"),
                table.checks().stream().map(CheckDef::name).toList());
    }

    @Test
    void indexesKeepTheirNamesAndColumnOrder() {
        assertEquals(List.of(new IndexDef("idx_todos_title", List.of("title"), false)), table(todoV1, "todos").indexes());
        assertEquals(List.of(new IndexDef("ix_customer_last_first", List.of("lastname", "firstname"), false),
                        new IndexDef("ix_customer_newest_email", List.of("email", "lastname"), false).descending("email")),
                table(shop, "customer").indexes());
    }

    @Test
    void enumCheckIsNamedAfterTableAndColumn() {
        assertEquals(List.of(new CheckDef("todos_status_check", "status in ('OPEN','DONE')")),
                table(todoV1, "todos").checks());
        assertEquals(List.of(new CheckDef("todos_status_check", "status in ('OPEN','DONE','ARCHIVED')")),
                table(todoV2, "todos").checks());
        assertEquals(List.of(new CheckDef("customer_tier_check", "tier between 0 and 2")),
                table(shop, "customer").checks());
    }

    @Test
    void tableCheckOnOneColumnIsNamedAfterIt() {
        assertEquals(List.of(new CheckDef("invoice_amount_check", "amount >= 0")),
                table(shop, "billing.invoice").checks());
    }

    @Test
    void manyToManyJoinTableHasACompositeKeyAndTwoForeignKeys() {
        TableModel join = table(todoV2, "todos_tag");

        assertEquals(List.of(ColumnDef.of("todo_id", "bigint").notNull(), ColumnDef.of("tags_id", "uuid").notNull()),
                join.columns());
        assertEquals(new PrimaryKeyDef(null, List.of("todo_id", "tags_id")), join.primaryKey());
        assertEquals(2, join.foreignKeys().size(), join.foreignKeys()::toString);
        assertEquals(Set.of("todos", "tag"), Set.copyOf(join.foreignKeys().stream()
                .map(ForeignKeyDef::referencedTable).toList()));
        for (ForeignKeyDef fk : join.foreignKeys()) {
            assertEquals(List.of("id"), fk.referencedColumns());
            assertEquals(ForeignKeyAction.NO_ACTION, fk.onDelete());
            assertEquals(fk.name().toLowerCase(java.util.Locale.ROOT), fk.name(), "unquoted names fold to lower case");
        }
    }

    @Test
    void manyToOneGivesAForeignKeyToThePrimaryKey() {
        ForeignKeyDef fk = table(todoV1, "todos").foreignKeys().get(0);

        assertEquals(List.of("list_id"), fk.columns());
        assertEquals("todolist", fk.referencedTable());
        assertEquals(List.of("id"), fk.referencedColumns());
    }

    @Test
    void tableInAnotherSchemaIsQualified() {
        assertTrue(shop.tables().containsKey("billing.invoice"), () -> shop.tables().keySet().toString());
        assertFalse(shop.tables().containsKey("invoice"));
        assertFalse(shop.tables().containsKey("public.customer"), "the default schema is not written");
    }

    @Test
    void foreignKeyIntoAnotherSchemaNamesTheQualifiedTable() {
        ForeignKeyDef fk = table(shop, "AuditEntry").foreignKeys().get(0);

        assertEquals(List.of("invoice_id"), fk.columns());
        assertEquals("billing.invoice", fk.referencedTable());
    }

    @Test
    void onDeleteCascadeIsRead() {
        ForeignKeyDef fk = table(shop, "billing.invoice").foreignKeys().get(0);

        assertEquals("customer", fk.referencedTable());
        assertEquals(ForeignKeyAction.CASCADE, fk.onDelete());
    }

    @Test
    void defaultsAndCommentsAreRead() {
        TableModel customer = table(shop, "customer");

        assertEquals("0", column(customer, "points").defaultValue());
        assertEquals("loyalty points", column(customer, "points").comment());
        assertEquals("'new'", column(customer, "state").defaultValue());
        assertNull(column(customer, "email").defaultValue());
        assertEquals("people who buy", customer.comment());
        assertNull(table(shop, "customer_nicknames").comment());
    }

    @Test
    void columnDefinitionIsTakenAsTheType() {
        assertEquals("text", column(table(shop, "customer"), "bio").type());
    }

    @Test
    void packageWithoutEntitiesIsAnEntityModelErrorNamingThePackage() {
        AutogenException error = assertThrows(AutogenException.class, () -> read("dev.autogen.fixtures.noentity"));

        assertEquals(ErrorCode.ENTITY_MODEL, error.code());
        assertTrue(error.getMessage().contains("dev.autogen.fixtures.noentity"), error.getMessage());
    }

    @Test
    void missingPackageIsAnEntityModelErrorNamingIt() {
        AutogenException error = assertThrows(AutogenException.class, () -> read("com.example.nothing.here"));

        assertEquals(ErrorCode.ENTITY_MODEL, error.code());
        assertTrue(error.getMessage().contains("com.example.nothing.here"), error.getMessage());
    }

    @Test
    void entityClassesAreListedInNameOrder() {
        List<Class<?>> classes = new EntityModelReader(getClass().getClassLoader(),
                List.of("dev.autogen.fixtures.todo.v2"), Map.of(), "test").entityClasses();

        assertEquals(List.of("Tag", "Todo", "TodoList"), classes.stream().map(Class::getSimpleName).toList());
    }

    @Test
    void readingTwiceGivesEqualModels() {
        assertEquals(todoV2, read("dev.autogen.fixtures.todo.v2"));
    }

    @Test
    void aCheckIsNamedAfterTheOneColumnItRefersToAsPostgresqlNamesIt() {
        TableModel orderLine = table(read("dev.autogen.fixtures.kitchen"), "orderline");

        assertEquals(List.of("orderline_quantity_check", "orderline_tag_check"),
                orderLine.checks().stream().map(CheckDef::name).toList());
        TableModel animal = table(read("dev.autogen.fixtures.kitchen"), "animal");
        assertEquals(List.of("animal_check", "animal_dtype_check"), animal.checks().stream().map(CheckDef::name).toList());
    }

    @Test
    void columnDefinitionsGiveTheirTypeDefaultAndNullability() {
        TableModel orderLine = table(read("dev.autogen.fixtures.kitchen"), "orderline");

        assertEquals(ColumnDef.of("code", "varchar(20)").notNull().defaultValue("'abc'"), column(orderLine, "code"));
        assertEquals(ColumnDef.of("total", "numeric(10,2)").notNull().defaultValue("0.00"), column(orderLine, "total"));
        assertEquals(ColumnDef.of("position", "integer").notNull()
                .defaultValue("nextval('orderline_position_seq'::regclass)"), column(orderLine, "position"));
        assertEquals(ColumnDef.of("tag", "varchar(10)"), column(orderLine, "tag"));
    }
}
