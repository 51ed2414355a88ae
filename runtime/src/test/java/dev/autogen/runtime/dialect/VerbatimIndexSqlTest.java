package dev.autogen.runtime.dialect;

import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.IndexDef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An index with a definition of its own is created by that statement, as written. */
class VerbatimIndexSqlTest {
    private static final IndexDef PARTIAL = new IndexDef("ix_owner_live", List.of("email"), false)
            .definedAs("CREATE INDEX ix_owner_live ON public.owner USING btree (lower(email)) WHERE (deleted = false)");
    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void theDefinitionRunsAsWritten() {
        assertEquals(List.of(PARTIAL.definition()), dialect.toSql(new CreateIndex("owner", PARTIAL)));
    }

    @Test
    void builtConcurrentlyItGainsOnlyTheKeyword() {
        assertEquals(List.of("CREATE INDEX CONCURRENTLY ix_owner_live ON public.owner USING btree (lower(email))"
                + " WHERE (deleted = false)"), dialect.toSql(new CreateIndex("owner", PARTIAL, true)));
        IndexDef unique = new IndexDef("ux", List.of("a"), true).definedAs("CREATE UNIQUE INDEX ux ON t (lower(a))");
        assertEquals(List.of("CREATE UNIQUE INDEX CONCURRENTLY ux ON t (lower(a))"),
                dialect.toSql(new CreateIndex("t", unique, true)));
    }

    @Test
    void theDropCarriesItForTheDowngrade() {
        assertEquals(new CreateIndex("owner", PARTIAL), new DropIndex("owner", "ix_owner_live", PARTIAL).reverse());
    }
}
