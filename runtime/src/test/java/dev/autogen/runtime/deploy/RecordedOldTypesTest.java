package dev.autogen.runtime.deploy;

import dev.autogen.runtime.dialect.LockAnalysis;
import dev.autogen.runtime.dialect.LockVerdict;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.MigrationOperation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The old type of a generated type change comes from its downgrade, so a varchar widening is not judged a rewrite. */
class RecordedOldTypesTest {
    private static final AlterColumnType WIDEN = new AlterColumnType("item", "title", "varchar(100)", null, null, null);
    private static final AlterColumnType NARROW = new AlterColumnType("item", "title", "varchar(50)", null, null, null);

    @Test
    void theOldTypeOfAnUpgradeChangeIsTheTypeItsDowngradeRestores() {
        List<MigrationOperation> filled = RecordedOldTypes.fill(List.of(WIDEN), List.of(NARROW));

        assertEquals(List.of(new AlterColumnType("item", "title", "varchar(100)", "varchar(50)", null, null)), filled);
    }

    @Test
    void theFilledChangeKeepsTheExistingColumn() {
        ColumnDef existing = ColumnDef.of("title", "varchar(50)").notNull().comment("shown");
        AlterColumnType widen = new AlterColumnType("item", "title", "varchar(100)", null, null, null, existing);

        assertEquals(List.of(new AlterColumnType("item", "title", "varchar(100)", "varchar(50)", null, null, existing)),
                RecordedOldTypes.fill(List.of(widen), List.of(NARROW)));
    }

    @Test
    void aRecordedOldTypeOrAnAmbiguousDowngradeIsLeftAlone() {
        AlterColumnType recorded = new AlterColumnType("item", "title", "text", "varchar(20)", null, null);
        assertEquals(List.of(recorded), RecordedOldTypes.fill(List.of(recorded), List.of(NARROW)));
        assertEquals(List.of(WIDEN), RecordedOldTypes.fill(List.of(WIDEN), List.of(NARROW,
                new AlterColumnType("item", "title", "text", null, null, null))));
        assertEquals(List.of(WIDEN), RecordedOldTypes.fill(List.of(WIDEN), List.of()));
    }

    @Test
    void aGeneratedVarcharWideningIsNotRiskyOnceItsOldTypeIsKnown() {
        LockAnalysis analysis = new PostgresDialect().lockAnalysis();

        assertEquals(LockVerdict.SAFE, analysis.analyse(RecordedOldTypes.fill(List.of(WIDEN), List.of(NARROW)), true)
                .operations().get(0).verdict());
        assertNotEquals(LockVerdict.SAFE, analysis.analyse(List.of(WIDEN), true).operations().get(0).verdict());
    }
}
