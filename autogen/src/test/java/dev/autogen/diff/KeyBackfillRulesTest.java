package dev.autogen.diff;

import dev.autogen.dialect.mariadb.MariaDbComparisonRules;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.autogen.diff.TableBuilder.schema;
import static dev.autogen.diff.TableBuilder.table;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The values that fill a new key column are the database's, as its comparison rules write them. */
class KeyBackfillRulesTest {
    private static TableModel before() {
        return table("note").column(column("body", "varchar(255)")).build();
    }

    private static TableModel withKey(String type) {
        return table("note").column(column("id", type).notNull()).column(column("body", "varchar(255)"))
                .primaryKey(primaryKey("id")).build();
    }

    private static AddColumn added(MigrationPlan plan) {
        return plan.upgrade().stream().map(Change::operation).filter(AddColumn.class::isInstance)
                .map(AddColumn.class::cast).findFirst().orElseThrow();
    }

    @Test
    void postgresWritesTodaysExpressions() {
        ComparisonRules rules = ComparisonRules.postgres();
        assertEquals(Optional.of("gen_random_uuid()"), rules.randomUuid("uuid"));
        assertEquals(Optional.of("gen_random_uuid()::text"), rules.randomUuid("varchar(36)"));
        assertEquals(Optional.of("gen_random_uuid()::text"), rules.randomUuid("text"));
        assertEquals(Optional.empty(), rules.randomUuid("varchar(35)"));
        assertEquals(Optional.empty(), rules.randomUuid("integer"));
        assertEquals(Optional.of("nextval('app.note_seq'::regclass)"), rules.nextValue("app.note_seq"));
    }

    @Test
    void mariaDbFillsUuidsWithUuidAndNumbersWithNextval() {
        ComparisonRules rules = MariaDbComparisonRules.INSTANCE;
        assertEquals(Optional.of("uuid()"), rules.randomUuid("uuid"));
        assertEquals(Optional.of("uuid()"), rules.randomUuid("char(36)"));
        assertEquals(Optional.of("uuid()"), rules.randomUuid("longtext"));
        assertEquals(Optional.empty(), rules.randomUuid("varchar(20)"));
        assertEquals(Optional.of("NEXTVAL(`note_seq`)"), rules.nextValue("note_seq"));

        MigrationPlan plan = SchemaDiff.compare(schema(withKey("uuid")), schema(before()), rules);
        assertEquals("uuid()", added(plan).column().backfill());
    }

    @Test
    void mariaDbNumbersRowsByATemporarySequence() {
        MigrationPlan plan = SchemaDiff.compare(schema(withKey("bigint")), schema(before()),
                MariaDbComparisonRules.INSTANCE);
        assertEquals("NEXTVAL(`note_id_backfill_seq`)", added(plan).column().backfill());
        assertTrue(plan.operations().contains(new CreateSequence(new SequenceDef("note_id_backfill_seq", 1, 1))));
    }

    @Test
    void rulesWithoutSequencesOrUuidsLeaveTheDuplicatesNote() {
        ComparisonRules none = new ForwardingComparisonRules();
        for (String type : List.of("bigint", "uuid")) {
            MigrationPlan plan = SchemaDiff.compare(schema(withKey(type)), schema(before()), none);
            Change add = plan.upgrade().stream().filter(c -> c.operation() instanceof AddColumn).findFirst()
                    .orElseThrow();
            assertTrue(add.review().contains("rejects as a duplicate"), add.review());
            assertFalse(plan.operations().stream().anyMatch(CreateSequence.class::isInstance));
        }
    }
}
