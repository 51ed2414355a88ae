package dev.autogen.diff;

import dev.autogen.runtime.ops.AddEnumValue;
import dev.autogen.runtime.ops.DropEnumType;
import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ReplaceEnumType;
import dev.autogen.schema.EnumTypeUser;
import dev.autogen.schema.EnumTypeUser.Kind;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.autogen.diff.TableBuilder.schema;
import static dev.autogen.diff.TableBuilder.table;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enum types that objects outside the comparison also use: such a type is not dropped when the last compared
 * column using it goes (and is reported instead), and a rebuild of it names in its review what it does not convert.
 */
class EnumTypeOutsideUsersTest {
    private static final EnumTypeDef STATUS = new EnumTypeDef("status", List.of("CLOSED", "OPEN")).withVarcharCasts();
    private static final EnumTypeUser TICKET_STATUS = new EnumTypeUser(Kind.TABLE, "ticket", "status", false);
    private static final EnumTypeUser AUDIT_STATUS = new EnumTypeUser(Kind.TABLE, "audit", "status", false);
    private static final EnumTypeUser DOMAIN = new EnumTypeUser(Kind.DOMAIN, "status_domain", null, false);

    private static TableModel ticket(String statusType) {
        return table("ticket").column(column("id", "bigint").notNull()).column(column("status", statusType))
                .primaryKey(primaryKey("id")).build();
    }

    private static SchemaModel database(EnumTypeDef type, TableModel table, EnumTypeUser... users) {
        return schema(table).withEnumTypes(List.of(type)).withEnumTypeUsers(Map.of(type.name(), List.of(users)));
    }

    private static SchemaModel entities(EnumTypeDef type, TableModel table) {
        return schema(table).withEnumTypes(type == null ? List.of() : List.of(type));
    }

    private static List<MigrationOperation> upgrade(SchemaModel target, SchemaModel current) {
        return SchemaDiff.compare(target, current, Renames.none(), DdlForm.PLAIN).operations();
    }

    @Test
    void aTypeATableOutsideTheComparisonUsesIsNotDroppedAndIsReported() {
        SchemaModel current = database(STATUS, ticket("status"), TICKET_STATUS, AUDIT_STATUS);
        SchemaModel target = entities(null, ticket("varchar(16)"));
        assertTrue(upgrade(target, current).stream().noneMatch(DropEnumType.class::isInstance));
        List<LeftAloneEnumType> leftAlone = LeftAloneEnumType.of(target, current);
        assertEquals(List.of(new LeftAloneEnumType("status", List.of(AUDIT_STATUS))), leftAlone);
        assertEquals("enum type status is left alone: also used by table audit (column status), which autogen does"
                + " not compare; the entities no longer use it, so drop it by hand once nothing does",
                leftAlone.get(0).describe());
    }

    @Test
    void aTypeOnlyComparedTablesUseIsDroppedAndNotReported() {
        SchemaModel current = database(STATUS, ticket("status"), TICKET_STATUS);
        SchemaModel target = entities(null, ticket("varchar(16)"));
        List<MigrationOperation> operations = upgrade(target, current);
        assertEquals(new DropEnumType("status", STATUS), operations.get(operations.size() - 1));
        assertEquals(List.of(), LeftAloneEnumType.of(target, current));
    }

    @Test
    void aDomainAFunctionOrAViewNoEntityMapsKeepsTheTypeToo() {
        for (EnumTypeUser user : List.of(DOMAIN, new EnumTypeUser(Kind.FUNCTION, "is_open", null, false),
                new EnumTypeUser(Kind.VIEW, "open_ticket", "status", false),
                new EnumTypeUser(Kind.COMPOSITE_TYPE, "pair", "first", false),
                new EnumTypeUser(Kind.OTHER, "cast from status to integer", null, false))) {
            SchemaModel current = database(STATUS, ticket("status"), TICKET_STATUS, user);
            SchemaModel target = entities(null, ticket("varchar(16)"));
            assertTrue(upgrade(target, current).stream().noneMatch(DropEnumType.class::isInstance), user.toString());
            assertEquals(List.of(user), LeftAloneEnumType.of(target, current).get(0).users());
        }
    }

    @Test
    void aTypeThatStaysIsNotReportedWhateverUsesIt() {
        SchemaModel current = database(STATUS, ticket("status"), TICKET_STATUS, AUDIT_STATUS);
        assertEquals(List.of(), LeftAloneEnumType.of(entities(STATUS, ticket("Status")), current));
    }

    @Test
    void aRebuildNamesWhatItDoesNotConvertBothWays() {
        EnumTypeDef shorter = STATUS.withValues(List.of("OPEN"));
        SchemaModel current = database(STATUS, ticket("status"), TICKET_STATUS, AUDIT_STATUS, DOMAIN);
        MigrationPlan plan = SchemaDiff.compare(entities(shorter, ticket("Status")), current);
        assertInstanceOf(ReplaceEnumType.class, plan.operations().get(0));
        String unconverted = "; enum type status is also used by table audit (column status), domain status_domain,"
                + " which the rebuild does not convert: it fails and rolls back while they use the type, so change"
                + " or drop them first (by hand, in this migration) or keep the labels";
        assertEquals(List.of("rebuilds enum type status without 'CLOSED' and rewrites ticket.status to convert it;"
                + " the upgrade fails while a row holds it: update or delete those rows first" + unconverted),
                plan.reviews());
        assertTrue(plan.upgrade().get(0).reverseReview().endsWith(unconverted), plan.upgrade().get(0).reverseReview());
    }

    @Test
    void aRebuildNamesAnArrayOfTheTypeInAComparedTable() {
        EnumTypeDef reordered = STATUS.withValues(List.of("OPEN", "CLOSED"));
        EnumTypeUser history = new EnumTypeUser(Kind.TABLE, "ticket", "history", true);
        TableModel ticket = table("ticket").column(column("id", "bigint").notNull()).column(column("status", "status"))
                .column(column("history", "status[]")).primaryKey(primaryKey("id")).build();
        SchemaModel current = database(STATUS, ticket, history, TICKET_STATUS);
        MigrationPlan plan = SchemaDiff.compare(entities(reordered, ticket), current);
        assertTrue(plan.reviews().get(0).contains("also used by table ticket (column history, an array of it),"
                + " which the rebuild does not convert"), plan.reviews().get(0));
    }

    @Test
    void theDowngradeRebuildOfAnAddedLabelNamesWhatItDoesNotConvert() {
        EnumTypeDef longer = STATUS.withValues(List.of("CLOSED", "OPEN", "HELD"));
        SchemaModel current = database(STATUS, ticket("status"), TICKET_STATUS, DOMAIN);
        MigrationPlan plan = SchemaDiff.compare(entities(longer, ticket("Status")), current);
        assertInstanceOf(AddEnumValue.class, plan.operations().get(0));
        assertTrue(plan.upgrade().get(0).reverseReview().contains("also used by domain status_domain"),
                plan.upgrade().get(0).reverseReview());
    }
}
