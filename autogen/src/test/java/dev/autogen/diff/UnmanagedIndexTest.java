package dev.autogen.diff;

import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.IndexFeatures;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Indexes the database has and the entities do not: left alone unless a migration created them, never dropped silently. */
class UnmanagedIndexTest {
    private static final IndexDef PARTIAL = new IndexDef("ix_owner_live", List.of("email"), false, List.of(),
            "CREATE INDEX ix_owner_live ON public.owner USING btree (email) WHERE (deleted = false)",
            new IndexFeatures(Set.of(IndexFeatures.Kind.PARTIAL), "(deleted = false)", "btree"));
    private static final IndexDef PLAIN = new IndexDef("ix_owner_email", List.of("email"), false);

    @Test
    void anIndexTheModelCannotExpressIsNeitherDroppedNorRebuilt() {
        SchemaModel current = schema(owner(PARTIAL));
        assertEquals(List.of(), SchemaDiff.compare(schema(owner()), current).upgrade());
        IndexDef sameName = new IndexDef("ix_owner_live", List.of("email"), false);
        assertEquals(List.of(), SchemaDiff.compare(schema(owner(sameName)), current).upgrade());
        assertEquals(List.of("index ix_owner_live on owner is left alone, unmanaged: partial (WHERE (deleted = false)),"
                + " which the entities cannot express"), UnmanagedIndex.of(schema(owner()), current).stream()
                .map(UnmanagedIndex::describe).toList());
    }

    @Test
    void aDatabaseOnlyIndexNoMigrationCreatedIsLeftAloneAndReported() {
        UnmanagedIndex.LeftAlone left = UnmanagedIndex.leaveAlone(schema(owner()), schema(owner(PLAIN)), name -> false);
        assertEquals(List.of(), SchemaDiff.compare(schema(owner()), left.current()).upgrade());
        assertEquals(List.of("index ix_owner_email on owner is left alone, unmanaged: no entity declares it and no"
                + " migration created it (to drop it on purpose, write op.dropIndex(\"owner\", \"ix_owner_email\") in a"
                + " migration)"), left.unmanaged().stream().map(UnmanagedIndex::describe).toList());
    }

    @Test
    void anIndexAMigrationCreatedIsDroppedWithAReviewNote() {
        UnmanagedIndex.LeftAlone left = UnmanagedIndex.leaveAlone(schema(owner()), schema(owner(PLAIN)),
                Set.of("ix_owner_email")::contains);
        List<Change> upgrade = SchemaDiff.compare(schema(owner()), left.current(), Renames.none(), DdlForm.PLAIN)
                .upgrade();
        assertEquals(List.of(new DropIndex("owner", "ix_owner_email", PLAIN)), upgrade.stream().map(Change::operation)
                .toList());
        assertEquals("drops index ix_owner_email on owner, which no entity declares; queries that used it get slower"
                + " (keep it with --exclude-indexes ix_owner_email)", upgrade.get(0).review());
        assertEquals(List.of(), left.unmanaged());
    }

    @Test
    void droppingTheTableCarriesTheWholeDefinitionForTheDowngrade() {
        List<Change> upgrade = SchemaDiff.compare(SchemaModel.empty(), schema(owner(PARTIAL))).upgrade();
        assertEquals(PARTIAL, upgrade.stream().map(Change::operation).filter(DropIndex.class::isInstance)
                .map(op -> ((DropIndex) op).previous()).findFirst().orElseThrow());
    }

    private static TableModel owner(IndexDef... indexes) {
        return new TableModel("owner", List.of(column("id", "bigint").notNull(), column("email", "text"),
                column("deleted", "boolean")), null, List.of(), List.of(indexes), List.of(), List.of());
    }

    private static SchemaModel schema(TableModel table) {
        return SchemaModel.of(List.of(table), List.of());
    }
}
