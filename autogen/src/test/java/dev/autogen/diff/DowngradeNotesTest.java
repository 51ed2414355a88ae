package dev.autogen.diff;

import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.schema.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static dev.autogen.diff.TableBuilder.schema;
import static dev.autogen.diff.TableBuilder.table;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A review note in {@code downgrade()} speaks of the downgrade, one in {@code upgrade()} never of the
 * downgrade: each kind of note, on an upgrade operation and on its reverse.
 */
class DowngradeNotesTest {
    static Stream<Arguments> plans() {
        return Scenarios.all().values().stream().flatMap(s -> Stream.of(DdlForm.values()).flatMap(form -> Stream.of(
                Arguments.of(s + " " + form, s.plan(form)), Arguments.of(s + " " + form + " backward", s.backward(form)))));
    }

    private static List<String> lines(List<Change> changes) {
        return changes.stream().map(Change::review).filter(Objects::nonNull).flatMap(String::lines).toList();
    }

    private static List<String> downgradeNotes(MigrationPlan plan) {
        return lines(plan.downgrade());
    }

    private static List<String> upgradeNotes(MigrationPlan plan) {
        return lines(plan.upgrade());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyNoteLineOfADowngradeNamesTheDowngradeAndNoneOfAnUpgradeDoes(String name, MigrationPlan plan) {
        for (String line : downgradeNotes(plan)) {
            assertTrue(line.contains("the downgrade"), line);
            assertFalse(line.contains("upgrade"), line);
        }
        for (String line : upgradeNotes(plan)) {
            assertFalse(line.contains("downgrade"), line);
        }
    }

    private static MigrationPlan plan(String scenario) {
        return Scenarios.get(scenario).plan(DdlForm.PLAIN);
    }

    private static MigrationPlan backward(String scenario) {
        return Scenarios.get(scenario).backward(DdlForm.PLAIN);
    }

    @Test
    void aCreatedTableIsDroppedByTheDowngrade() {
        assertTrue(downgradeNotes(plan("create tables"))
                .contains("the downgrade drops table todo and the rows written since this revision"));
        assertTrue(upgradeNotes(backward("create tables")).contains("drops table todo and all its rows"));
    }

    @Test
    void anAddedColumnIsDroppedByTheDowngrade() {
        assertEquals(List.of("the downgrade drops column todo.due_at and the data in it"),
                downgradeNotes(plan("add nullable column")));
        assertEquals(List.of("drops column todo.due_at and the data in it"), upgradeNotes(backward("add nullable column")));
    }

    @Test
    void aDroppedNotNullColumnIsAddedBackByTheDowngradeWithItsPlaceholder() {
        assertEquals(List.of("drops column todo.title and the data in it"), upgradeNotes(plan("drop not null column")));
        assertEquals(List.of("the downgrade adds todo.title back: existing rows get '' as todo.title; a placeholder,"
                + " replace it with a real value"), downgradeNotes(plan("drop not null column")));
        assertEquals(List.of("existing rows get '' as todo.title; a placeholder, replace it with a real value"),
                upgradeNotes(backward("drop not null column")));
    }

    @Test
    void aDroppedNotNullIsSetAgainByTheDowngradeWithItsBackfill() {
        assertEquals(List.of("the downgrade makes todo.list_id NOT NULL again: rows whose list_id is NULL of todo get"
                + " the smallest list key as list_id; replace it with the right reference"),
                downgradeNotes(plan("drop not null")));
        assertEquals(List.of("rows whose list_id is NULL of todo get the smallest list key as list_id; replace it with"
                + " the right reference"), upgradeNotes(backward("drop not null")));
    }

    @Test
    void aNarrowingOrConversionFailsTheMigrationThatRunsIt() {
        assertTrue(upgradeNotes(plan("narrow varchar")).get(0).endsWith(": the upgrade fails on a longer value"));
        assertTrue(downgradeNotes(backward("narrow varchar")).get(0).endsWith(": the downgrade fails on a longer value"));
        assertTrue(upgradeNotes(plan("varchar to integer")).get(0)
                .endsWith("; the upgrade fails on a value that does not convert"));
        assertTrue(downgradeNotes(backward("varchar to integer")).get(0)
                .endsWith("; the downgrade fails on a value that does not convert"));
    }

    @Test
    void anEnumConversionInTheDowngradeSaysSo() {
        assertTrue(upgradeNotes(plan("ordinal enum to string")).get(0).startsWith("converts the ordinals of todo.tier"));
        assertTrue(downgradeNotes(plan("ordinal enum to string")).get(0)
                .startsWith("the downgrade converts the names of todo.tier to their ordinals"));
    }

    @Test
    void aConstraintTheDowngradeAddsBackFailsTheDowngrade() {
        assertTrue(upgradeNotes(plan("add unique")).get(0).endsWith(": the upgrade fails if the table holds duplicate"
                + " values there"));
        assertTrue(downgradeNotes(plan("drop unique")).get(0).endsWith(": the downgrade fails if the table holds"
                + " duplicate values there"));
        assertTrue(downgradeNotes(plan("drop check")).get(0).endsWith(": the downgrade fails if a row violates it"));
        assertTrue(downgradeNotes(plan("drop foreign key")).get(0).endsWith(": the downgrade fails if a row refers to a"
                + " missing list row"));
        assertTrue(downgradeNotes(plan("change primary key")).stream().anyMatch(n -> n.endsWith(": the downgrade fails"
                + " if the table holds duplicate or NULL values there")));
    }

    @Test
    void aRewriteSaysWhichMigrationRewrites() {
        assertTrue(upgradeNotes(Scenarios.get("narrow varchar").plan(DdlForm.LOCK_SAFE)).stream()
                .anyMatch(n -> n.startsWith("the upgrade rewrites todo")));
        assertTrue(downgradeNotes(Scenarios.get("narrow varchar").backward(DdlForm.LOCK_SAFE)).stream()
                .anyMatch(n -> n.startsWith("the downgrade rewrites todo")));
    }

    @Test
    void aDroppedKeyColumnThatTheDowngradeAddsBackWarnsOfDuplicateKeys() {
        SchemaModel keyed = schema(table("line").column(column("order_id", "bigint").notNull())
                .column(column("code", "varchar(20)").notNull()).primaryKey(primaryKey("order_id", "code")).build());
        SchemaModel unkeyed = schema(table("line").column(column("order_id", "bigint").notNull())
                .primaryKey(primaryKey("order_id")).build());

        MigrationPlan plan = SchemaDiff.compare(unkeyed, keyed);

        assertTrue(downgradeNotes(plan).contains("the downgrade adds line.code back: existing rows all get '' as"
                + " line.code, which the primary key rejects as a duplicate when the table holds two rows or more: add"
                + " the column nullable, fill it with distinct values, then make it NOT NULL and add the key"),
                downgradeNotes(plan).toString());
    }

    @Test
    void aDroppedUuidKeyColumnComesBackWithDistinctValues() {
        SchemaModel keyed = schema(table("line").column(column("order_id", "bigint").notNull())
                .column(column("ref", "varchar(64)").notNull()).primaryKey(primaryKey("order_id", "ref")).build());
        SchemaModel unkeyed = schema(table("line").column(column("order_id", "bigint").notNull())
                .primaryKey(primaryKey("order_id")).build());

        MigrationPlan plan = SchemaDiff.compare(unkeyed, keyed);

        AddColumn back = plan.downgrade().stream().map(Change::operation).filter(AddColumn.class::isInstance)
                .map(AddColumn.class::cast).findFirst().orElseThrow();
        assertEquals("gen_random_uuid()::text", back.column().backfill());
        assertTrue(downgradeNotes(plan).stream().anyMatch(n -> n.startsWith("the downgrade adds line.ref back: existing"
                + " rows get random uuid text as line.ref (primary key)")), downgradeNotes(plan).toString());
    }
}
