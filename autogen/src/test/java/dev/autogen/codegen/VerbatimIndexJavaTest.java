package dev.autogen.codegen;

import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.IndexDef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An index with a definition of its own is written with {@code definedAs}, so the downgrade restores it exactly. */
class VerbatimIndexJavaTest {
    @Test
    void theDefinitionIsWrittenOut() {
        IndexDef partial = new IndexDef("ix_owner_live", List.of("email"), false)
                .definedAs("CREATE INDEX ix_owner_live ON public.owner USING btree (email) WHERE (deleted = false)");
        String java = new JavaOperationRenderer().render(new CreateIndex("owner", partial)).toString()
                .replaceAll("\\s+\\.", ".");
        assertEquals("op.createIndex(\"owner\", index(\"ix_owner_live\", \"email\").definedAs(\"CREATE INDEX"
                + " ix_owner_live ON public.owner USING btree (email) WHERE (deleted = false)\"))", java);
    }
}
