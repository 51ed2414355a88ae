package dev.autogen.diff;

import dev.autogen.runtime.ops.AddEnumValue;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.CreateEnumType;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropEnumType;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.EnumColumn;
import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ReplaceEnumType;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.diff.TableBuilder.schema;
import static dev.autogen.diff.TableBuilder.table;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Native enum types: diff in, operations out, in an order that works both ways. */
class EnumTypeChangesTest {
    private static final EnumTypeDef STATUS = new EnumTypeDef("status", List.of("CLOSED", "OPEN")).withVarcharCasts();
    private static final List<EnumColumn> TICKET_STATUS = List.of(new EnumColumn("ticket", "status"));

    private static TableModel ticket(String statusType) {
        return table("ticket").column(column("id", "bigint").notNull()).column(column("status", statusType))
                .primaryKey(primaryKey("id")).build();
    }

    private static TableModel incident() {
        return table("incident").column(column("id", "bigint").notNull()).column(column("state", "Status"))
                .primaryKey(primaryKey("id")).build();
    }

    private static SchemaModel model(EnumTypeDef type, TableModel... tables) {
        return schema(tables).withEnumTypes(type == null ? List.of() : List.of(type));
    }

    private static List<MigrationOperation> upgrade(SchemaModel target, SchemaModel current) {
        return SchemaDiff.compare(target, current, Renames.none(), DdlForm.PLAIN).operations();
    }

    @Test
    void aTypeUsedByTwoTablesIsCreatedOnceBeforeThemAndDroppedOnceAfterBoth() {
        SchemaModel both = model(STATUS, ticket("Status"), incident());
        List<MigrationOperation> create = upgrade(both, SchemaModel.empty());
        assertEquals(new CreateEnumType(STATUS), create.get(0));
        assertEquals(1, create.stream().filter(CreateEnumType.class::isInstance).count());
        assertInstanceOf(CreateTable.class, create.get(1));

        List<MigrationOperation> drop = upgrade(SchemaModel.empty(), both);
        assertEquals(new DropEnumType("status", STATUS), drop.get(drop.size() - 1));
        assertEquals(2, drop.stream().filter(DropTable.class::isInstance).count());

        MigrationPlan plan = SchemaDiff.compare(both, SchemaModel.empty());
        List<MigrationOperation> downgrade = plan.downgrade().stream().map(Change::operation).toList();
        assertEquals(new DropEnumType("status", STATUS), downgrade.get(downgrade.size() - 1),
                "the downgrade drops the type after the tables");
    }

    @Test
    void theTypeGoesWithTheLastColumnThatUsesIt() {
        SchemaModel current = model(STATUS, ticket("status"), incident());
        List<MigrationOperation> oneLeft = upgrade(model(STATUS, ticket("Status"), table("incident")
                .column(column("id", "bigint").notNull()).primaryKey(primaryKey("id")).build()), current);
        assertEquals(List.of(new DropColumn("incident", "state", column("state", "Status"))), oneLeft,
                "ticket.status still uses the type");
        List<MigrationOperation> ops = upgrade(model(null, table("ticket").column(column("id", "bigint").notNull())
                .primaryKey(primaryKey("id")).build()), model(STATUS, ticket("status")));
        assertInstanceOf(DropColumn.class, ops.get(0));
        assertEquals(new DropEnumType("status", STATUS), ops.get(1));
    }

    @Test
    void catalogSpellingOfTheTypeEqualsHibernatesSoNothingChanges() {
        assertEquals(List.of(), upgrade(model(STATUS, ticket("Status")), model(STATUS, ticket("status"))));
    }

    @Test
    void aDefaultLabelAsTheCatalogSpellsItIsTheSame() {
        TableModel mapped = table("ticket").column(column("id", "bigint").notNull())
                .column(column("status", "Status").defaultValue("'OPEN'")).primaryKey(primaryKey("id")).build();
        TableModel read = table("ticket").column(column("id", "bigint").notNull())
                .column(column("status", "status").defaultValue("'OPEN'::status")).primaryKey(primaryKey("id")).build();
        assertEquals(List.of(), upgrade(model(STATUS, mapped), model(STATUS, read)));

        EnumTypeDef shorter = STATUS.withValues(List.of("OPEN"));
        TableModel mappedShorter = TableBuilder.from(mapped).build();
        assertEquals(List.of(new ReplaceEnumType(STATUS, shorter, List.of(new EnumColumn("ticket", "status", "'OPEN'::status")))),
                upgrade(model(shorter, mappedShorter), model(STATUS, read)), "the rebuild sets the default again");
    }

    @Test
    void newLabelsAreAddedInPlaceAndTheDowngradeRebuildsWithoutThem() {
        EnumTypeDef wanted = STATUS.withValues(List.of("ARCHIVED", "CLOSED", "OPEN", "WAITING"));
        MigrationPlan plan = SchemaDiff.compare(model(wanted, ticket("Status")), model(STATUS, ticket("status")));
        EnumTypeDef withArchived = STATUS.withValues(List.of("ARCHIVED", "CLOSED", "OPEN"));
        assertEquals(List.of(new AddEnumValue("status", "ARCHIVED", "CLOSED", null, STATUS, TICKET_STATUS),
                new AddEnumValue("status", "WAITING", null, null, withArchived, TICKET_STATUS)), plan.operations());
        assertEquals(List.of(new ReplaceEnumType(wanted, withArchived, TICKET_STATUS),
                new ReplaceEnumType(withArchived, STATUS, TICKET_STATUS)),
                plan.downgrade().stream().map(Change::operation).toList());
        assertTrue(plan.downgrade().get(0).review().contains("rebuilds enum type status without 'WAITING' (PostgreSQL"
                + " cannot drop a label)"), plan.downgrade().get(0).review());
    }

    @Test
    void aRemovedOrReorderedLabelRebuildsTheTypeWithAReview() {
        EnumTypeDef shorter = STATUS.withValues(List.of("OPEN"));
        MigrationPlan removed = SchemaDiff.compare(model(shorter, ticket("Status")), model(STATUS, ticket("status")));
        assertEquals(List.of(new ReplaceEnumType(STATUS, shorter, TICKET_STATUS)), removed.operations());
        assertEquals(List.of("rebuilds enum type status without 'CLOSED' and rewrites ticket.status to convert it;"
                + " the upgrade fails while a row holds it: update or delete those rows first"), removed.reviews());

        EnumTypeDef reordered = STATUS.withValues(List.of("OPEN", "CLOSED"));
        MigrationPlan order = SchemaDiff.compare(model(reordered, ticket("Status")), model(STATUS, ticket("status")));
        assertEquals(List.of(new ReplaceEnumType(STATUS, reordered, TICKET_STATUS)), order.operations());
        assertEquals(List.of("rebuilds enum type status to order its labels [OPEN, CLOSED] and rewrites ticket.status"
                + " to convert it"), order.reviews());
    }

    @Test
    void anArrayOfTheTypeUsesItToo() {
        assertEquals(new CreateEnumType(STATUS),
                upgrade(model(STATUS, ticket("Status[]")), SchemaModel.empty()).get(0));
        List<MigrationOperation> drop = upgrade(SchemaModel.empty(), model(STATUS, ticket("status[]")));
        assertEquals(new DropEnumType("status", STATUS), drop.get(drop.size() - 1));
    }

    @Test
    void aHandMadeTypeThatNoColumnUsesIsLeftAlone() {
        EnumTypeDef mood = new EnumTypeDef("mood", List.of("HAPPY"));
        assertEquals(List.of(), upgrade(model(null, ticket("varchar(16)")), model(mood, ticket("varchar(16)"))));
    }

    @Test
    void aColumnTheModelTypesWithAHandMadeTypeKeepsIt() {
        EnumTypeDef mood = new EnumTypeDef("mood", List.of("HAPPY"));
        assertEquals(List.of(), upgrade(model(null, ticket("mood")), model(mood, ticket("mood"))));
    }

    @Test
    void varcharToTheEnumTypeCreatesItFirstAndBackDropsItAfter() {
        List<MigrationOperation> to = upgrade(model(STATUS, ticket("Status")), model(null, ticket("varchar(255)")));
        assertEquals(new CreateEnumType(STATUS), to.get(0));
        AlterColumnType alter = assertInstanceOf(AlterColumnType.class, to.get(1));
        assertEquals("Status", alter.type());
        assertEquals("status::Status", alter.using());

        List<MigrationOperation> back = upgrade(model(null, ticket("varchar(255)")), model(STATUS, ticket("status")));
        assertInstanceOf(AlterColumnType.class, back.get(0));
        assertEquals(new DropEnumType("status", STATUS), back.get(1));
    }

    @Test
    void castsThatAloneDifferAreCreatedOrDropped() {
        EnumTypeDef bare = new EnumTypeDef("status", STATUS.values());
        assertEquals(List.of(new ExecuteSql("CREATE CAST (varchar AS status) WITH INOUT AS IMPLICIT",
                        "DROP CAST IF EXISTS (varchar AS status)"),
                new ExecuteSql("CREATE CAST (status AS varchar) WITH INOUT AS IMPLICIT",
                        "DROP CAST IF EXISTS (status AS varchar)")),
                upgrade(model(STATUS, ticket("Status")), model(bare, ticket("status"))));
    }

    @Test
    void aTypeForATableTheFilterLeftOutIsNotCreated() {
        assertEquals(List.of(), upgrade(model(STATUS), SchemaModel.empty()));
    }
}
